package org.neiqin.leads.internal.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.console.Action;
import org.neiqin.api.console.AuditTrail;
import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.RecordHeader;
import org.neiqin.api.console.Table;
import org.neiqin.api.people.PeopleDirectory;
import org.neiqin.api.people.Person;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.neiqin.leads.internal.Conversion;
import org.neiqin.leads.internal.LeadData;
import org.neiqin.leads.internal.LeadService;
import org.neiqin.leads.internal.LeadStage;
import org.neiqin.leads.internal.LeadView;
import org.neiqin.leads.internal.LeadsModule;
import org.neiqin.leads.internal.calls.CallData;
import org.neiqin.leads.internal.calls.CallService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One lead: the form of a new inquiry, or the lead with whose it is and why, its follow-up clock, the territory's
 * warning, the call form, the stage, the pool, the conversion to a customer (when the customer files are installed),
 * its inquiries, calls and history.
 */
@Component
public class LeadPage implements ConsolePage {
    static final String LABEL = "neiqin-lead";
    private static final String CREATE = "create";
    private static final String SAVE = "save";
    private static final String CALL = "call";
    private static final String STAGE = "stage";
    private static final String ASSIGN = "assign";
    private static final String TAKE = "take";
    private static final String RELEASE = "release";
    private static final String CONVERT = "convert";

    @Reference
    private LeadService service;
    @Reference
    private CallService calls;
    @Reference
    private Conversion conversion;
    @Reference
    private SecurityService security;
    @Reference
    private PeopleDirectory people;

    private final PageActions actions = new PageActions()
            .on(CREATE, r -> {
                LeadService.Entered e = service.create(Forms.bind(LeadData.class, r::param), r.param("owner"));
                return new Action(LABEL + "?id=" + e.lead().id(), r.msg(e.repeat() ? "lead.touched" : "lead.created",
                        e.lead().code()));
            })
            .on(SAVE, r -> {
                LeadView v = service.update(r.number("id"), (int) r.number("version"), Forms.bind(LeadData.class,
                        r::param));
                return new Action(LABEL + "?id=" + v.id(), r.msg("lead.saved"));
            })
            .on(CALL, r -> {
                LeadView v = calls.log(r.number("id"), Forms.bind(CallData.class, r::param));
                return new Action(LABEL + "?id=" + v.id(), r.msg("lead.called", v.nextContactOn()));
            })
            .on(STAGE, r -> {
                LeadView v = service.stage(r.number("id"), (int) r.number("version"), Forms.choice(LeadStage.class,
                        "stage", r.param("stage")), r.param("lostReason"), r.param("competitor"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("lead.moved", Labels.choice(r, v.stage())));
            })
            .on(ASSIGN, r -> {
                LeadView v = service.assign(r.number("id"), (int) r.number("version"), r.param("owner"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("lead.assigned", r.person(v.owner())));
            })
            .on(TAKE, r -> {
                LeadView v = service.take(r.number("id"), (int) r.number("version"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("lead.taken"));
            })
            .on(RELEASE, r -> {
                LeadView v = service.release(r.number("id"), (int) r.number("version"), r.param("reason"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("lead.released"));
            })
            .on(CONVERT, r -> {
                LeadView v = conversion.convert(r.number("id"));
                return new Action(LABEL + "?id=" + v.id(), r.msg("lead.converted", v.customerCode()));
            });

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Lead"; }

    @Override
    public String permission() { return LeadsModule.READ; }

    @Override
    public Page render(PageRequest r) {
        boolean works = security.isPermitted(r.actor(), LeadsModule.WORK);
        boolean assigns = security.isPermitted(r.actor(), LeadsModule.ASSIGN);
        if (r.param("id") == null) {
            if (!works) {
                return Page.of(r.msg("lead.new"), LeadLinks.of(r), new Notice(Notice.Level.WARNING,
                        r.msg("lead.cannotEnter")));
            }
            List<Field> fields = new ArrayList<>();
            fields.add(actions.field(CREATE));
            fields.addAll(regionSelect(r, Labels.inputs(r, LeadData.class, n -> null), null));
            if (assigns) {
                fields.add(ownerSelect(r, r.msg("lead.ownerOrRules"), null, r.msg("lead.byRules")));
            }
            return Page.of(r.msg("lead.new"), LeadLinks.of(r), new Notice(Notice.Level.INFO, r.msg(assigns
                    ? "lead.howTo" : "lead.howToOwn")), Form.action(r.msg("lead.create"), fields));
        }
        LeadView v = service.get(r.number("id"));
        boolean mine = r.actor().name().equals(v.owner());
        boolean worker = works && (assigns || mine);
        List<Block> blocks = new ArrayList<>();
        blocks.add(LeadLinks.of(r));
        blocks.add(new RecordHeader(v.code(), Labels.choice(r, v.stage()), v.overdue() ? RecordHeader.Tone.WARN
                : v.stage() == LeadStage.WON ? RecordHeader.Tone.GOOD : v.stage() == LeadStage.LOST
                ? RecordHeader.Tone.BAD : RecordHeader.Tone.INFO, List.of(
                new Properties.Property(r.msg("column.owner"), v.owner() == null ? r.msg("leads.inPool")
                        : r.person(v.owner())),
                new Properties.Property(r.msg("column.nextContactOn"), v.nextContactOn() == null ? "—"
                        : v.nextContactOn().toString()),
                new Properties.Property(r.msg("column.touches"), String.valueOf(v.touches())))));
        if (v.overdue()) {
            blocks.add(new Notice(Notice.Level.WARNING, r.msg("lead.overdue", v.nextContactOn())));
        }
        if (!v.territory().isEmpty()) {
            StringBuilder others = new StringBuilder();
            for (LeadView.Neighbour n : v.territory()) {
                others.append(others.length() == 0 ? "" : "; ").append(n.code()).append(' ').append(n.company())
                        .append(" · ").append(Labels.choice(r, n.stage()));
            }
            blocks.add(new Notice(Notice.Level.WARNING, r.msg("lead.territory", r.region(v.data().region()),
                    others)));
        }
        if (v.owner() == null && v.stage().open()) {
            blocks.add(new Notice(Notice.Level.INFO, r.msg("lead.pooledWhy", v.poolReason() == null ? ""
                    : v.poolReason())));
        }
        blocks.add(new Properties(properties(r, v)));
        List<Field> idv = List.of(Field.hidden("id", String.valueOf(v.id())), Field.hidden("version",
                String.valueOf(v.version())));
        if (worker && v.stage().open()) {
            List<Field> f = new ArrayList<>(List.of(actions.field(CALL), Field.hidden("id", String.valueOf(v.id()))));
            f.addAll(Labels.inputs(r, CallData.class, n -> null));
            blocks.add(new Heading(r.msg("lead.logCall")));
            blocks.add(Form.action(r.msg("lead.saveCall"), f));
            List<Field> s = new ArrayList<>(idv);
            s.add(actions.field(STAGE));
            List<Field.Option> next = new ArrayList<>();
            for (LeadStage to : LeadStage.values()) {
                if (to != v.stage() && to.ordinal() > v.stage().ordinal()) {
                    next.add(new Field.Option(to.name(), Labels.choice(r, to)));
                }
            }
            s.add(Field.select("stage", Labels.field(r, "stage"), null, next));
            s.add(Field.text("lostReason", r.msg("field.lostReason"), null));
            s.add(Field.text("competitor", r.msg("field.competitor"), null));
            blocks.add(new Heading(r.msg("lead.moveStage")));
            blocks.add(Form.action(r.msg("lead.move"), s));
        }
        if (v.stage().open()) {
            if (assigns) {
                List<Field> a = new ArrayList<>(idv);
                a.add(actions.field(ASSIGN));
                a.add(ownerSelect(r, r.msg("column.owner"), v.owner(), "—"));
                blocks.add(Form.action(r.msg("lead.assign"), a));
            }
            if (v.owner() == null && works) {
                List<Field> t = new ArrayList<>(idv);
                t.add(actions.field(TAKE));
                blocks.add(Form.action(r.msg("lead.take"), t));
            } else if (worker && v.owner() != null) {
                List<Field> g = new ArrayList<>(idv);
                g.add(actions.field(RELEASE));
                g.add(Field.text("reason", r.msg("lead.releaseWhy"), null));
                blocks.add(Form.action(r.msg("lead.release"), g));
            }
        }
        if (v.customerId() != null) {
            blocks.add(new Notice(Notice.Level.SUCCESS, r.msg("lead.isCustomer", v.customerCode())));
        } else if (v.stage() == LeadStage.WON && worker && conversion.available()) {
            List<Field> c = new ArrayList<>(idv);
            c.add(actions.field(CONVERT));
            blocks.add(Form.action(r.msg("lead.convert"), c));
        }
        blocks.add(new Heading(r.msg("lead.calls")));
        List<List<Cell>> callRows = new ArrayList<>();
        for (LeadView.Call c : v.calls()) {
            callRows.add(List.of(Cell.of(r.time(c.at())), Cell.of(r.person(c.caller())), Cell.of(Labels.choice(r,
                    c.outcome())), Cell.of(c.topic() == null ? "" : Labels.choice(r, c.topic())),
                    Cell.of(c.learned() == null ? "" : c.learned()), Cell.of(c.competitor() == null ? ""
                    : c.competitor()), Cell.of(String.valueOf(c.nextContactOn()))));
        }
        blocks.add(new Table(List.of(r.msg("column.at"), r.msg("column.caller"), Labels.field(r, "outcome"),
                Labels.field(r, "topic"), Labels.field(r, "learned"), r.msg("field.competitor"),
                Labels.field(r, "nextContactOn")), callRows, null, null));
        blocks.add(new Heading(r.msg("lead.inquiries")));
        List<List<Cell>> touchRows = new ArrayList<>();
        for (LeadView.Touch t : v.inquiries()) {
            touchRows.add(List.of(Cell.of(r.time(t.at())), Cell.of(Labels.choice(r, t.source())
                    + (t.sourceDetail() == null ? "" : " · " + t.sourceDetail())), Cell.of(t.message() == null ? ""
                    : t.message()), Cell.of(r.person(t.enteredBy()))));
        }
        blocks.add(new Table(List.of(r.msg("column.at"), Labels.field(r, "source"), Labels.field(r, "message"),
                r.msg("column.enteredBy")), touchRows, null, null));
        if (worker) {
            List<Field> f = new ArrayList<>(idv);
            f.add(actions.field(SAVE));
            Map<String, String> values = Forms.strings(v.data());
            f.addAll(regionSelect(r, Labels.inputs(r, LeadData.class, n -> values.getOrDefault(n, "")),
                    v.data().region()));
            blocks.add(new Heading(r.msg("lead.correct")));
            blocks.add(Form.action(r.msg("lead.save"), f));
        }
        List<AuditEntry> history = new ArrayList<>(service.history(v.id()));
        Collections.reverse(history);
        blocks.add(new Heading(r.msg("lead.history")));
        blocks.add(new AuditTrail(history));
        return new Page(v.code() + " " + v.data().company(), blocks);
    }

    private List<Properties.Property> properties(PageRequest r, LeadView v) {
        List<Properties.Property> p = new ArrayList<>();
        p.add(new Properties.Property(Labels.field(r, "company"), v.data().company()));
        p.add(new Properties.Property(Labels.field(r, "contact"), v.data().contact()));
        if (v.data().phone() != null) {
            p.add(new Properties.Property(Labels.field(r, "phone"), v.data().phone()));
        }
        if (v.data().email() != null) {
            p.add(new Properties.Property(Labels.field(r, "email"), v.data().email()));
        }
        p.add(new Properties.Property(Labels.field(r, "region"), r.region(v.data().region())));
        if (v.data().product() != null) {
            p.add(new Properties.Property(Labels.field(r, "product"), v.data().product()));
        }
        p.add(new Properties.Property(Labels.field(r, "source"), Labels.choice(r, v.data().source())
                + (v.data().sourceDetail() == null ? "" : " · " + v.data().sourceDetail())));
        if (v.assignReason() != null) {
            p.add(new Properties.Property(r.msg("lead.why"), v.assignReason()));
        }
        p.add(new Properties.Property(r.msg("column.firstResponse"), v.firstResponseAt() == null
                ? r.msg("lead.notYetCalled") : r.time(v.firstResponseAt())));
        if (v.lostReason() != null) {
            p.add(new Properties.Property(r.msg("field.lostReason"), v.lostReason()
                    + (v.competitor() == null ? "" : " · " + v.competitor())));
        }
        p.add(new Properties.Property(r.msg("column.createdAt"), r.time(v.createdAt())));
        return p;
    }

    /** The form's region as a choice of the company's regions, when it names them. */
    private static List<Field> regionSelect(PageRequest r, List<Field> fields, String value) {
        Map<String, String> named = r.regions();
        if (named.isEmpty()) {
            return fields;
        }
        List<Field> out = new ArrayList<>();
        for (Field f : fields) {
            if ("region".equals(f.name())) {
                List<Field.Option> options = new ArrayList<>(List.of(new Field.Option("", "—")));
                named.forEach((code, name) -> options.add(new Field.Option(code, name)));
                out.add(Field.select("region", Labels.field(r, "region"), value, options));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private Field ownerSelect(PageRequest r, String label, String value, String blank) {
        List<Field.Option> options = new ArrayList<>(List.of(new Field.Option("", blank)));
        for (Person p : people.all()) {
            if (p.active()) {
                options.add(new Field.Option(p.login(), p.name()));
            }
        }
        return Field.select("owner", label, value, options);
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
