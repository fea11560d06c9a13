package org.neiqin.leads.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Action;
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
import org.neiqin.kit.query.ListParams;
import org.neiqin.leads.internal.LeadsModule;
import org.neiqin.leads.internal.assign.RuleData;
import org.neiqin.leads.internal.assign.RuleService;
import org.neiqin.leads.internal.assign.RuleView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The assignment rules in the order they are tried, each with its people's open leads against their caps and whose
 * turn was last; a new rule, or one changed (chosen by {@code ?id=}).
 */
@Component
public class RulesPage implements ConsolePage {
    static final String LABEL = "neiqin-lead-rules";
    private static final String CREATE = "create";
    private static final String SAVE = "save";

    @Reference
    private RuleService rules;
    @Reference
    private SecurityService security;

    private final PageActions actions = new PageActions()
            .on(CREATE, r -> {
                rules.create(Forms.bind(RuleData.class, r::param));
                return new Action(LABEL, r.msg("rule.created"));
            })
            .on(SAVE, r -> {
                rules.update(r.number("id"), (int) r.number("version"), Forms.bind(RuleData.class, r::param));
                return new Action(LABEL, r.msg("lead.saved"));
            });

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Assignment rules"; }

    @Override
    public String permission() { return LeadsModule.READ; }

    @Override
    public Page render(PageRequest r) {
        ListParams.onlyKnownInConsole(r.paramNames(), List.of("id"));
        List<List<Cell>> rows = new ArrayList<>();
        List<RuleView> all = rules.list();
        for (RuleView v : all) {
            StringBuilder who = new StringBuilder();
            for (RuleView.Holding h : v.people()) {
                who.append(who.length() == 0 ? "" : ", ").append(r.person(h.login())).append(' ').append(h.holding())
                        .append('/').append(h.cap()).append(h.active() ? "" : " · " + r.msg("rule.away"));
            }
            rows.add(List.of(Cell.of(v.data().position()), Cell.link(v.data().name(), LABEL + "?id=" + v.id()),
                    Cell.of(v.data().region() == null ? r.msg("rule.any") : r.region(v.data().region())),
                    Cell.of(v.data().product() == null ? r.msg("rule.any") : v.data().product()),
                    Cell.of(v.data().source() == null ? r.msg("rule.any") : Labels.choice(r, v.data().source())),
                    Cell.of(who.toString()), Cell.of(v.lastTurn() == null ? "" : r.person(v.lastTurn())),
                    Cell.of(Labels.choice(r, v.data().status()))));
        }
        Page page = Page.of(r.msg("title.neiqin-lead-rules"), LeadLinks.of(r), new Notice(Notice.Level.INFO,
                r.msg("rule.howTo")), new Table(List.of(r.msg("field.position"), Labels.field(r, "name"),
                Labels.field(r, "region"), Labels.field(r, "product"), Labels.field(r, "source"),
                r.msg("rule.holding"), r.msg("rule.lastTurn"), Labels.field(r, "status")), rows, null, "rules"));
        if (!security.isPermitted(r.actor(), LeadsModule.ASSIGN)) {
            return page;
        }
        RuleView edited = r.param("id") == null ? null : rules.get(r.number("id"));
        List<Field> f = new ArrayList<>();
        f.add(actions.field(edited == null ? CREATE : SAVE));
        java.util.Map<String, String> values = edited == null ? java.util.Map.of("position",
                String.valueOf((all.size() + 1) * 10), "status", "ACTIVE") : Forms.strings(edited.data());
        if (edited != null) {
            f.add(Field.hidden("id", String.valueOf(edited.id())));
            f.add(Field.hidden("version", String.valueOf(edited.version())));
        }
        f.addAll(Labels.inputs(r, RuleData.class, n -> values.getOrDefault(n, "")));
        return page.with(new Heading(r.msg(edited == null ? "rule.new" : "rule.change", edited == null ? ""
                : edited.data().name())), Form.action(r.msg(edited == null ? "lead.create" : "lead.save"), f));
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
