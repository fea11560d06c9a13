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
import org.neiqin.api.console.Paging;
import org.neiqin.api.console.Table;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.logistics.internal.LineKind;
import org.neiqin.logistics.internal.LogisticsModule;
import org.neiqin.logistics.internal.MailingQuery;
import org.neiqin.logistics.internal.MailingRequest;
import org.neiqin.logistics.internal.MailingService;
import org.neiqin.logistics.internal.MailingView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Materials and samples sent out (寄出资料/样品登记): the register, filtered, sorted by its headers and paged; the form
 * to register one, and the check by a second person of those on the page not checked yet.
 */
@Component
public class MailingsPage implements ConsolePage {
    static final String LABEL = "neiqin-logistics-mailings";
    static final String REGISTER = "register";
    static final String CHECK = "check";
    /** What is sent by post rather than on a delivery note. */
    private static final List<LineKind> MAILED = List.of(LineKind.SAMPLE, LineKind.MATERIAL, LineKind.GIFT);

    @Reference
    private MailingService mailings;
    @Reference
    private SecurityService security;

    private final PageActions actions = new PageActions()
            .on(REGISTER, r -> {
                MailingView v = mailings.register(Forms.bind(MailingRequest.class,
                        Forms.inCurrency(r::param, mailings.currency())));
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
        ListParams.onlyKnownInConsole(r.paramNames(), MailingQuery.FILTERS);
        MailingQuery q = MailingQuery.from(r::param, (r.page() - 1) * r.pageSize(), r.pageSize());
        ListQuery.Page<MailingView> result = mailings.list(q);
        List<MailingView> latest = result.rows();
        List<Block> blocks = new ArrayList<>();
        List<Field.Option> kinds = new ArrayList<>(List.of(new Field.Option("", "")));
        for (LineKind k : MAILED) {
            kinds.add(new Field.Option(k.name(), Labels.choice(r, k)));
        }
        blocks.add(Form.filter(r.msg("filter.apply"), List.of(
                Field.text("q", r.msg("filter.text"), r.param("q")),
                Field.select("kind", r.msg("column.kind"), r.param("kind"), kinds),
                Field.select("unchecked", r.msg("column.checkedBy"), r.param("unchecked"), List.of(
                        new Field.Option("", ""), new Field.Option("true", r.msg("mailings.unchecked")))))));
        List<List<Cell>> rows = new ArrayList<>();
        for (MailingView m : latest) {
            rows.add(List.of(Cell.of(m.code()), Cell.of(m.sentOn()), Cell.of(Labels.choice(r, m.kind())), Cell.of(m.what()),
                    Cell.quantity(m.quantity()), Cell.of(m.recipient()), Cell.of(m.address()),
                    Cell.of(Labels.choice(r, m.method())), Cell.of(m.cost()),
                    Cell.of(m.tracking()), Cell.of(r.person(m.createdBy())), Cell.of(m.checkedBy() == null
                            ? r.msg("mailings.unchecked") : r.person(m.checkedBy()))));
        }
        if (result.total() == 0 && r.param("q") == null && r.param("kind") == null && r.param("unchecked") == null) {
            blocks.add(new Notice(Notice.Level.INFO, r.msg("mailings.none")));
        } else {
            blocks.add(new Table(List.of(r.msg("column.mailingCode"), r.msg("field.sentOn"), r.msg("column.kind"),
                    r.msg("field.what"), r.msg("column.quantity"), r.msg("field.recipient"), r.msg("field.address"),
                    r.msg("field.method"), r.msg("field.cost"), r.msg("field.tracking"), r.msg("field.preparedBy"),
                    r.msg("column.checkedBy")), rows, new Paging(r.page(), r.pageSize(), result.total(),
                    result.totalExact()), "mailings")
                    .sortedBy(java.util.Arrays.asList("code", "sentOn", null, null, null, "recipient", null, null, "cost",
                            null, null, null)));
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
                    fields.add(new Field("kind", r.msg("field.kind.mailing"), Field.Type.SELECT, r.param("kind"),
                            kinds.subList(1, kinds.size()), true));
                } else {
                    fields.add(Labels.input(r, c, r.param(c.getName()), mailings.currency()));
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
