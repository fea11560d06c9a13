package org.neiqin.crm.internal.console;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.console.Action;
import org.neiqin.api.console.AuditTrail;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.RecordHeader;
import org.neiqin.api.console.Table;
import org.neiqin.api.crm.CustomerFigure;
import org.neiqin.api.security.SecurityService;
import org.neiqin.crm.internal.ComplaintData;
import org.neiqin.crm.internal.ContactData;
import org.neiqin.crm.internal.CrmModule;
import org.neiqin.crm.internal.CustomerData;
import org.neiqin.crm.internal.CustomerReports;
import org.neiqin.crm.internal.CustomerService;
import org.neiqin.crm.internal.CustomerView;
import org.neiqin.crm.internal.FollowUpService;
import org.neiqin.crm.internal.LicenceData;
import org.neiqin.crm.internal.VisitData;
import org.neiqin.crm.internal.VisitReport;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.form.Spec;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One customer card (客户资料卡): a tab per group of facts, contacts, change history; the edit
 * form (optimistic locking: a stale edit is refused); a new card; archiving.
 */
@Component
public class CustomerPage implements ConsolePage {
    static final String CREATE = "create";
    static final String UPDATE = "update";
    static final String ARCHIVE = "archive";
    static final String ADD_CONTACT = "addContact";
    static final String REMOVE_CONTACT = "removeContact";
    static final String PLAN_VISIT = "planVisit";
    static final String REPORT_VISIT = "reportVisit";
    static final String LOG_COMPLAINT = "logComplaint";
    static final String HANDLE_COMPLAINT = "handleComplaint";
    static final String ADD_LICENCE = "addLicence";
    private static final String LABEL = "neiqin-customer";

    @Reference
    private CustomerService crm;
    @Reference
    private CustomerReports reports;
    @Reference
    private SecurityService security;
    @Reference
    private FollowUpService followUps;

    private final PageActions actions = new PageActions()
            .on(CREATE, r -> {
                CustomerView v = crm.create(bind(r));
                return new Action(LABEL + "?id=" + v.id(), r.msg("card.created", v.code()));
            })
            .on(UPDATE, r -> {
                long id = r.number("id");
                crm.update(id, (int) r.number("version"), bind(r));
                return new Action(LABEL + "?id=" + id, r.msg("card.saved"));
            })
            .on(ARCHIVE, r -> {
                long id = r.number("id");
                crm.archive(id, (int) r.number("version"));
                return new Action(LABEL + "?id=" + id, r.msg("card.archivedNow"));
            })
            .on(ADD_CONTACT, r -> {
                long id = r.number("id");
                crm.addContact(id, bound(ContactData.class, r));
                return new Action(LABEL + "?id=" + id + "&tab=contacts", r.msg("contact.added"));
            })
            .on(REMOVE_CONTACT, r -> {
                long id = r.number("id");
                crm.removeContact(id, r.number("contact"));
                return new Action(LABEL + "?id=" + id + "&tab=contacts", r.msg("contact.removed"));
            })
            .on(PLAN_VISIT, r -> {
                long id = r.number("id");
                followUps.planVisit(id, bound(VisitData.class, r));
                return new Action(LABEL + "?id=" + id + "&tab=visits", r.msg("visit.planned"));
            })
            .on(REPORT_VISIT, r -> {
                long id = r.number("id");
                followUps.reportVisit(r.number("visit"), (int) r.number("version"), bound(VisitReport.class, r));
                return new Action(LABEL + "?id=" + id + "&tab=visits", r.msg("visit.reported"));
            })
            .on(LOG_COMPLAINT, r -> {
                long id = r.number("id");
                followUps.logComplaint(id, bound(ComplaintData.class, r));
                return new Action(LABEL + "?id=" + id + "&tab=complaints", r.msg("complaint.logged"));
            })
            .on(HANDLE_COMPLAINT, r -> {
                long id = r.number("id");
                followUps.handleComplaint(r.number("complaint"), (int) r.number("version"), r.param("assignee"),
                        r.param("handling"), r.param("resolution"));
                return new Action(LABEL + "?id=" + id + "&tab=complaints", r.msg("complaint.handled"));
            })
            .on(ADD_LICENCE, r -> {
                long id = r.number("id");
                followUps.addLicence(id, bound(LicenceData.class, r));
                return new Action(LABEL + "?id=" + id + "&tab=licences", r.msg("licence.added"));
            });

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Customer card"; }

    @Override
    public String permission() { return CrmModule.READ; }

    @Override
    public Page render(PageRequest r) {
        if (r.param("new") != null) {
            security.require(CrmModule.WRITE);
            return Page.of(r.msg("card.new"), form(r, null, CREATE));
        }
        long id = r.number("id");
        CustomerView v = crm.get(id);
        String tab = r.param("tab") == null ? "basic" : r.param("tab");
        List<Link> tabs = new ArrayList<>();
        for (String g : CustomerData.GROUPS) {
            tabs.add(new Link(r.msg("group." + g), LABEL + "?id=" + id + "&tab=" + g));
        }
        for (String t : new String[] {"contacts", "visits", "complaints", "licences"}) {
            tabs.add(new Link(r.msg("tab." + t), LABEL + "?id=" + id + "&tab=" + t));
        }
        tabs.add(new Link(r.msg("tab.history"), LABEL + "?id=" + id + "&tab=history"));
        boolean canWrite = !v.archived() && security.isPermitted(r.actor(), CrmModule.WRITE);
        if (canWrite) {
            tabs.add(new Link(r.msg("card.edit"), LABEL + "?id=" + id + "&tab=edit"));
        }
        // the card's head, as every record's: its code, where the customer stands as a badge, its grade, terms and limit
        List<Properties.Property> head = new ArrayList<>();
        head.add(new Properties.Property(r.msg("field.grade"), Labels.choice(r, v.grade())));
        head.add(new Properties.Property(Labels.field(r, "paymentTerms"), Labels.choice(r, v.data().paymentTerms())));
        if (v.data().creditLimit() != null) {
            head.add(new Properties.Property(Labels.field(r, "creditLimit"), Cell.of(v.data().creditLimit()).text()));
        }
        Page page = Page.of(v.code() + " " + v.data().fullName(), new Links(tabs), new RecordHeader(v.code(),
                v.archived() ? r.msg("card.archivedBadge") : Labels.choice(r, v.data().lifecycle()),
                v.archived() ? RecordHeader.Tone.NEUTRAL : RecordHeader.Tone.INFO, head));
        if (v.archived()) {
            page = page.with(new Notice(Notice.Level.WARNING, r.msg("card.archived")));
        }
        switch (tab) {
            case "contacts":
                return page.with(contacts(r, v, canWrite).toArray(new org.neiqin.api.console.Block[0]));
            case "visits":
                return page.with(FollowUpBlocks.visits(r, actions, followUps, id, canWrite).toArray(new org.neiqin.api.console.Block[0]));
            case "complaints":
                return page.with(FollowUpBlocks.complaints(r, actions, followUps, id, canWrite)
                        .toArray(new org.neiqin.api.console.Block[0]));
            case "licences":
                return page.with(FollowUpBlocks.licences(r, actions, followUps, id, canWrite).toArray(new org.neiqin.api.console.Block[0]));
            case "history":
                return page.with(history(id));
            case "edit":
                return page.with(form(r, v, UPDATE));
            default:
                page = page.with(new Properties(facts(r, v, tab)));
                if ("basic".equals(tab)) {
                    List<Properties.Property> figures = new ArrayList<>();
                    for (CustomerFigure f : reports.figures(id, r.locale())) {
                        figures.add(new Properties.Property(f.label(), f.amount() != null ? Cell.of(f.amount()).text() : f.value()));
                    }
                    if (!figures.isEmpty()) {
                        page = page.with(new Heading(r.msg("card.figures")), new Properties(figures));
                    }
                }
                if (!v.archived() && security.isPermitted(r.actor(), CrmModule.ARCHIVE)) {
                    page = page.with(Form.action(r.msg("card.archive"), List.of(actions.field(ARCHIVE),
                            Field.hidden("id", String.valueOf(id)), Field.hidden("version", String.valueOf(v.version())))));
                }
                return page;
        }
    }

    private List<Properties.Property> facts(PageRequest r, CustomerView v, String group) {
        List<Properties.Property> rows = new ArrayList<>();
        if ("basic".equals(group)) {
            rows.add(new Properties.Property(r.msg("field.code"), v.code()));
        }
        if ("segment".equals(group)) {
            rows.add(new Properties.Property(r.msg("field.grade"), Labels.choice(r, v.grade())));
            rows.add(new Properties.Property(r.msg("field.currency"), v.currency()));
        }
        Map<String, String> values = Forms.strings(v.data());
        for (RecordComponent c : CustomerData.class.getRecordComponents()) {
            if (c.getAnnotation(Spec.class).group().equals(group)) {
                String value = values.get(c.getName());
                if (c.getType().isEnum() && !value.isEmpty()) {
                    value = r.msg("enum." + c.getType().getSimpleName() + "." + value);
                }
                // codes and logins as the office calls them: the region and route by name, the salesperson by name
                value = switch (c.getName()) {
                    case "region" -> r.region(value);
                    case "route" -> r.route(v.data().region(), value);
                    case "salesperson" -> r.person(value);
                    default -> value;
                };
                rows.add(new Properties.Property(Labels.field(r, c.getName()), value));
            }
        }
        if ("basic".equals(group)) {
            rows.add(new Properties.Property(r.msg("field.updated"), r.time(v.updatedAt()) + " " + r.person(v.updatedBy())));
        }
        return rows;
    }

    private List<org.neiqin.api.console.Block> contacts(PageRequest r, CustomerView v, boolean canWrite) {
        List<List<Cell>> rows = new ArrayList<>();
        for (CustomerView.Contact c : v.contacts()) {
            rows.add(List.of(Cell.of(c.data().name()), Cell.of(c.data().roleTitle()), Cell.of(c.data().phone()),
                    Cell.of(c.data().email())));
        }
        List<org.neiqin.api.console.Block> blocks = new ArrayList<>();
        blocks.add(new Table(List.of(r.msg("contact.name"), r.msg("contact.roleTitle"), r.msg("contact.phone"),
                r.msg("contact.email")), rows, null, null));
        if (canWrite) {
            List<Field> fields = new ArrayList<>(List.of(actions.field(ADD_CONTACT),
                    Field.hidden("id", String.valueOf(v.id()))));
            for (RecordComponent c : ContactData.class.getRecordComponents()) {
                fields.add(new Field(c.getName(), r.msg("contact." + c.getName()), Field.Type.TEXT, "", List.of(),
                        c.getAnnotation(Spec.class).required()));
            }
            blocks.add(new Heading(r.msg("contact.add")));
            blocks.add(Form.action(r.msg("contact.add"), fields));
            for (CustomerView.Contact c : v.contacts()) {
                blocks.add(Form.action(r.msg("contact.remove", c.data().name()), List.of(
                        actions.field(REMOVE_CONTACT), Field.hidden("id", String.valueOf(v.id())),
                        Field.hidden("contact", String.valueOf(c.id())))));
            }
        }
        return blocks;
    }

    /** Newest change first. */
    private AuditTrail history(long id) {
        List<AuditEntry> entries = new ArrayList<>(crm.history(id));
        java.util.Collections.reverse(entries);
        return new AuditTrail(entries);
    }

    private Form form(PageRequest r, CustomerView v, String action) {
        List<Field> fields = new ArrayList<>();
        fields.add(actions.field(action));
        if (v != null) {
            fields.add(Field.hidden("id", String.valueOf(v.id())));
            fields.add(Field.hidden("version", String.valueOf(v.version())));
        }
        Map<String, String> values = v == null ? Map.of() : Forms.strings(v.data());
        for (RecordComponent c : CustomerData.class.getRecordComponents()) {
            String value = values.getOrDefault(c.getName(), "");
            if (v == null && c.getType().isEnum() && c.getAnnotation(Spec.class).required()) {
                value = ((Enum<?>) c.getType().getEnumConstants()[0]).name();
            }
            fields.add(Labels.input(r, c, value, v == null ? crm.currency() : v.currency()));
        }
        return Form.action(r.msg(v == null ? "card.create" : "card.save"), fields);
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }

    private CustomerData bind(PageRequest r) {
        return bound(CustomerData.class, r);
    }

    /** @return the form's record; its amounts in the file's currency (the company's) */
    private <R extends Record> R bound(Class<R> type, PageRequest r) {
        return Forms.bind(type, Forms.inCurrency(r::param, crm.currency()));
    }


}
