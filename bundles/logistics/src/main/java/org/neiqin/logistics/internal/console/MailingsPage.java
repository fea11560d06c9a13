package org.neiqin.logistics.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Action;
import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Table;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.neiqin.logistics.internal.LineKind;
import org.neiqin.logistics.internal.LogisticsModule;
import org.neiqin.logistics.internal.MailingRequest;
import org.neiqin.logistics.internal.MailingService;
import org.neiqin.logistics.internal.MailingView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Materials and samples sent out (寄出资料/样品登记): the latest, the form to register one, and the check
 * by a second person.
 */
@Component
public class MailingsPage implements ConsolePage {
    static final String LABEL = "neiqin-logistics-mailings";
    static final String REGISTER = "register";
    static final String CHECK = "check";

    @Reference
    private MailingService mailings;
    @Reference
    private SecurityService security;

    private final PageActions actions = new PageActions()
            .on(REGISTER, r -> {
                MailingView v = mailings.register(Forms.bind(MailingRequest.class, r::param));
                return new Action(LABEL, r.msg("mailings.registered", v.code()));
            })
            .on(CHECK, r -> {
                MailingView v = mailings.check(r.number("id"), (int) r.number("version"));
                return new Action(LABEL, r.msg("mailings.checkedMsg", v.code()));
            });

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 320; }

    @Override
    public String title() { return "Materials sent"; }

    @Override
    public String permission() { return LogisticsModule.READ; }

    @Override
    public Page render(PageRequest r) {
        List<Block> blocks = new ArrayList<>();
        List<MailingView> latest = mailings.list(null, 200);
        List<List<Cell>> rows = new ArrayList<>();
        for (MailingView m : latest) {
            rows.add(List.of(Cell.of(m.code()), Cell.of(m.sentOn()), Cell.of(Labels.choice(r, m.kind())), Cell.of(m.what()),
                    Cell.quantity(m.quantity()), Cell.of(m.recipient()), Cell.of(m.address()),
                    Cell.of(Labels.choice(r, m.method())), Cell.of(m.cost()),
                    Cell.of(m.tracking()), Cell.of(m.createdBy()), Cell.of(m.checkedBy() == null ? r.msg("mailings.unchecked")
                            : m.checkedBy())));
        }
        if (latest.isEmpty()) {
            blocks.add(new Notice(Notice.Level.INFO, r.msg("mailings.none")));
        } else {
            blocks.add(new Table(List.of(r.msg("column.mailingCode"), r.msg("field.sentOn"), r.msg("column.kind"),
                    r.msg("field.what"), r.msg("column.quantity"), r.msg("field.recipient"), r.msg("field.address"),
                    r.msg("field.method"), r.msg("field.cost"), r.msg("field.tracking"), r.msg("field.preparedBy"),
                    r.msg("column.checkedBy")), rows, null, "mailings"));
        }
        boolean write = security.isPermitted(r.actor(), LogisticsModule.WRITE);
        if (write) {
            for (MailingView m : latest) {
                if (m.checkedBy() == null && !m.createdBy().equals(r.actor().name())) {
                    blocks.add(Form.action(r.msg("mailings.check", m.code(), m.what(), m.recipient()), List.of(
                            actions.field(CHECK), Field.hidden("id", String.valueOf(m.id())),
                            Field.hidden("version", String.valueOf(m.version())))));
                }
            }
            blocks.add(new Heading(r.msg("mailings.register")));
            List<Field> fields = new ArrayList<>(List.of(actions.field(REGISTER)));
            for (java.lang.reflect.RecordComponent c : MailingRequest.class.getRecordComponents()) {
                if (c.getName().equals("kind")) {
                    List<Field.Option> kinds = new ArrayList<>();
                    for (LineKind k : List.of(LineKind.SAMPLE, LineKind.MATERIAL, LineKind.GIFT)) {
                        kinds.add(new Field.Option(k.name(), Labels.choice(r, k)));
                    }
                    fields.add(new Field("kind", r.msg("field.kind.mailing"), Field.Type.SELECT, r.param("kind"), kinds, true));
                } else {
                    fields.add(Labels.input(r, c, r.param(c.getName())));
                }
            }
            blocks.add(Form.action(r.msg("mailings.register"), fields));
        }
        return new Page(r.msg("mailings.title"), blocks);
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
