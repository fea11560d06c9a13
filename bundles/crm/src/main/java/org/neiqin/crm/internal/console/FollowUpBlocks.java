package org.neiqin.crm.internal.console;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Table;
import org.neiqin.crm.internal.ComplaintData;
import org.neiqin.crm.internal.ComplaintView;
import org.neiqin.crm.internal.FollowUpService;
import org.neiqin.crm.internal.LicenceData;
import org.neiqin.crm.internal.LicenceView;
import org.neiqin.crm.internal.VisitData;
import org.neiqin.crm.internal.VisitReport;
import org.neiqin.crm.internal.VisitView;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Labels;

/** The visits, complaints and licences tabs of a customer card, and the tables of the follow-up page. */
final class FollowUpBlocks {
    private FollowUpBlocks() {
    }

    static List<Block> visits(PageRequest r, PageActions actions, FollowUpService f, long customerId,
            boolean canWrite) {
        List<VisitView> visits = f.visits(customerId);
        List<Block> blocks = new ArrayList<>();
        if (visits.stream().anyMatch(VisitView::overdue)) {
            blocks.add(new Notice(Notice.Level.WARNING, r.msg("visit.overdueNotice")));
        }
        blocks.add(visitTable(r, visits, false));
        if (canWrite) {
            for (VisitView v : visits) {
                if (v.report() == null) {
                    List<Field> fields = new ArrayList<>(List.of(actions.field(CustomerPage.REPORT_VISIT),
                            Field.hidden("id", String.valueOf(customerId)), Field.hidden("visit", String.valueOf(v.id())),
                            Field.hidden("version", String.valueOf(v.version()))));
                    fields.addAll(inputs(r, f.today(), VisitReport.class, "visit."));
                    blocks.add(new Heading(r.msg("visit.reportFor", v.plan().plannedOn(), v.plan().goal())));
                    blocks.add(Form.action(r.msg("visit.report"), fields));
                }
            }
            List<Field> plan = new ArrayList<>(List.of(actions.field(CustomerPage.PLAN_VISIT),
                    Field.hidden("id", String.valueOf(customerId))));
            plan.addAll(inputs(r, f.today(), VisitData.class, "visit."));
            blocks.add(new Heading(r.msg("visit.plan")));
            blocks.add(Form.action(r.msg("visit.plan"), plan));
        }
        return blocks;
    }

    static Table visitTable(PageRequest r, List<VisitView> visits, boolean withCustomer) {
        List<List<Cell>> rows = new ArrayList<>();
        for (VisitView v : visits) {
            List<Cell> row = new ArrayList<>();
            if (withCustomer) {
                row.add(Cell.link(v.customerCode() + " " + v.customerName(), "neiqin-customer?id=" + v.customerId()
                        + "&tab=visits"));
            }
            row.add(Cell.of(r.msg("visit.kind." + v.plan().kind())));
            row.add(Cell.of(v.plan().plannedOn() + (v.overdue() ? " \u26a0 " + r.msg("visit.overdue") : "")));
            row.add(Cell.of(v.plan().goal()));
            row.add(Cell.of(v.plan().salesperson()));
            row.add(Cell.of(v.report() == null ? "" : v.report().doneOn() + ": " + v.report().outcome()));
            row.add(Cell.of(v.report() == null ? "" : v.report().nextStep()));
            rows.add(row);
        }
        List<String> columns = new ArrayList<>();
        if (withCustomer) {
            columns.add(r.msg("followup.customer"));
        }
        columns.addAll(List.of(r.msg("visit.kind"), r.msg("visit.plannedOn"), r.msg("visit.goal"),
                r.msg("visit.salesperson"), r.msg("visit.outcome"), r.msg("visit.nextStep")));
        return new Table(columns, rows, null, null);
    }

    static List<Block> complaints(PageRequest r, PageActions actions, FollowUpService f, long customerId,
            boolean canWrite) {
        List<ComplaintView> complaints = f.complaints(customerId);
        List<Block> blocks = new ArrayList<>();
        blocks.add(complaintTable(r, complaints, false));
        if (canWrite) {
            for (ComplaintView c : complaints) {
                if (c.status() != ComplaintData.Status.CLOSED) {
                    blocks.add(new Heading(r.msg("complaint.handleFor", c.data().receivedOn(), c.data().description())));
                    blocks.add(Form.action(r.msg("complaint.handle"), List.of(actions.field(CustomerPage.HANDLE_COMPLAINT),
                            Field.hidden("id", String.valueOf(customerId)), Field.hidden("complaint", String.valueOf(c.id())),
                            Field.hidden("version", String.valueOf(c.version())),
                            Field.text("assignee", r.msg("complaint.assignee"), c.data().assignee()),
                            new Field("handling", r.msg("complaint.handling"), Field.Type.TEXTAREA, c.handling(), List.of(), false),
                            new Field("resolution", r.msg("complaint.resolution"), Field.Type.TEXTAREA, "", List.of(), false))));
                }
            }
            List<Field> log = new ArrayList<>(List.of(actions.field(CustomerPage.LOG_COMPLAINT),
                    Field.hidden("id", String.valueOf(customerId))));
            log.addAll(inputs(r, f.today(), ComplaintData.class, "complaint."));
            blocks.add(new Heading(r.msg("complaint.log")));
            blocks.add(Form.action(r.msg("complaint.log"), log));
        }
        return blocks;
    }

    static Table complaintTable(PageRequest r, List<ComplaintView> complaints, boolean withCustomer) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ComplaintView c : complaints) {
            List<Cell> row = new ArrayList<>();
            if (withCustomer) {
                row.add(Cell.link(c.customerCode() + " " + c.customerName(), "neiqin-customer?id=" + c.customerId()
                        + "&tab=complaints"));
            }
            row.add(Cell.of(r.msg("complaint.kind." + c.data().kind())));
            row.add(Cell.of(c.data().receivedOn()));
            row.add(Cell.of(c.data().description()));
            row.add(Cell.of(c.data().assignee()));
            row.add(Cell.of(r.msg("complaint.status." + c.status())));
            row.add(Cell.of(c.handling()));
            row.add(Cell.of(c.resolution() == null ? "" : c.closedOn() + ": " + c.resolution()));
            rows.add(row);
        }
        List<String> columns = new ArrayList<>();
        if (withCustomer) {
            columns.add(r.msg("followup.customer"));
        }
        columns.addAll(List.of(r.msg("complaint.kind"), r.msg("complaint.receivedOn"), r.msg("complaint.description"),
                r.msg("complaint.assignee"), r.msg("complaint.status"), r.msg("complaint.handling"),
                r.msg("complaint.resolution")));
        return new Table(columns, rows, null, null);
    }

    static List<Block> licences(PageRequest r, PageActions actions, FollowUpService f, long customerId,
            boolean canWrite) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(licenceTable(r, f.licences(customerId), false));
        if (canWrite) {
            List<Field> add = new ArrayList<>(List.of(actions.field(CustomerPage.ADD_LICENCE),
                    Field.hidden("id", String.valueOf(customerId))));
            add.addAll(inputs(r, f.today(), LicenceData.class, "licence."));
            blocks.add(new Heading(r.msg("licence.add")));
            blocks.add(Form.action(r.msg("licence.add"), add));
        }
        return blocks;
    }

    static Table licenceTable(PageRequest r, List<LicenceView> licences, boolean withCustomer) {
        List<List<Cell>> rows = new ArrayList<>();
        for (LicenceView l : licences) {
            List<Cell> row = new ArrayList<>();
            if (withCustomer) {
                row.add(Cell.link(l.customerCode() + " " + l.customerName(), "neiqin-customer?id=" + l.customerId()
                        + "&tab=licences"));
            }
            row.add(Cell.of(l.data().name()));
            row.add(Cell.of(l.data().number()));
            row.add(Cell.of(l.data().expiresOn()));
            row.add(Cell.of(l.daysLeft() == null ? "" : l.daysLeft() < 0 ? r.msg("licence.expired")
                    : r.msg("licence.daysLeft", l.daysLeft())));
            row.add(Cell.of(r.msg("licence.verified." + l.data().verified())));
            rows.add(row);
        }
        List<String> columns = new ArrayList<>();
        if (withCustomer) {
            columns.add(r.msg("followup.customer"));
        }
        columns.addAll(List.of(r.msg("licence.name"), r.msg("licence.number"), r.msg("licence.expiresOn"),
                r.msg("licence.left"), r.msg("licence.verified")));
        return new Table(columns, rows, null, null);
    }

    /** Form inputs for every field of a record, labelled {@code prefix + name}; dates default to the company's today. */
    private static List<Field> inputs(PageRequest r, LocalDate today, Class<? extends Record> type, String prefix) {
        List<Field> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            Field f = Labels.input(r, c, c.getType() == LocalDate.class ? today.toString() : "");
            if (c.getType().isEnum()) {
                List<Field.Option> options = new ArrayList<>();
                for (Object e : c.getType().getEnumConstants()) {
                    String name = ((Enum<?>) e).name();
                    options.add(new Field.Option(name, r.msg(prefix + c.getName() + "." + name)));
                }
                f = new Field(c.getName(), r.msg(prefix + c.getName()), Field.Type.SELECT, options.get(0).value(), options,
                        f.required());
            } else {
                f = new Field(c.getName(), r.msg(prefix + c.getName()), f.type(), f.value(), f.options(), f.required());
            }
            out.add(f);
        }
        return out;
    }
}
