package org.neiqin.invoicing.internal.console;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.console.Action;
import org.neiqin.api.console.AuditTrail;
import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.Table;
import org.neiqin.api.security.SecurityService;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.invoicing.internal.InvoicingModule;
import org.neiqin.invoicing.internal.StatementRecordView;
import org.neiqin.invoicing.internal.StatementRecords;
import org.neiqin.invoicing.internal.StatementReply;
import org.neiqin.invoicing.internal.StatementRequest;
import org.neiqin.invoicing.internal.StatementSending;
import org.neiqin.invoicing.internal.StatementState;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;

/**
 * A statement of account as sent, on the statements page: its frozen figures, its way (prepared, agreed by finance, sent,
 * signed back or disputed), the step the reader may take, and its history; and the statements of a customer.
 */
final class StatementSteps {
    static final String PREPARE = "prepare";
    static final String AGREE = "agree";
    static final String SEND = "send";
    static final String REPLY = "reply";
    static final String WITHDRAW = "withdraw";

    private StatementSteps() {
    }

    /** @return the page's actions on statements */
    static PageActions actions(StatementRecords statements) {
        return new PageActions()
                .on(PREPARE, r -> {
                    StatementRecordView v = statements.prepare(Forms.bind(StatementRequest.class, r::param));
                    return new Action(StatementPage.LABEL + "?id=" + v.id(), r.msg("statement.prepared", v.reference()));
                })
                .on(AGREE, r -> done(r, statements.agree(r.number("id"), (int) r.number("version")), "statement.agreed"))
                .on(SEND, r -> done(r, statements.send(r.number("id"), (int) r.number("version"),
                        Forms.bind(StatementSending.class, r::param)), "statement.sent"))
                .on(REPLY, r -> done(r, statements.reply(r.number("id"), (int) r.number("version"),
                        Forms.bind(StatementReply.class, r::param)), "statement.replied"))
                .on(WITHDRAW, r -> done(r, statements.withdraw(r.number("id"), (int) r.number("version"),
                        r.param("reason")), "statement.withdrawn"));
    }

    private static Action done(PageRequest r, StatementRecordView v, String key) {
        return new Action(StatementPage.LABEL + "?id=" + v.id(), r.msg(key, v.reference()));
    }

    /** The form preparing the customer's statement of the period shown, and the statements sent to it. */
    static void ofCustomer(PageRequest r, long customerId, String from, String to, StatementRecords statements,
            SecurityService security, PageActions actions, List<Block> blocks) {
        if (security.isPermitted(r.actor(), InvoicingModule.WRITE)) {
            blocks.add(Form.action(r.msg("statement.prepare"), List.of(actions.field(PREPARE),
                    Field.hidden("customerId", String.valueOf(customerId)), Field.hidden("from", from),
                    Field.hidden("to", to), new Field("note", r.msg("field.note"), Field.Type.TEXT, null, List.of(), false))));
        }
        table(r, statements.list(customerId, 50), r.msg("statement.records"), blocks);
    }

    /** The statements as a table under {@code heading}, when there are any. */
    static void table(PageRequest r, List<StatementRecordView> statements, String heading, List<Block> blocks) {
        List<List<Cell>> rows = new ArrayList<>();
        for (StatementRecordView v : statements) {
            rows.add(List.of(Cell.link(v.reference(), StatementPage.LABEL + "?id=" + v.id()), Cell.of(v.customerName()),
                    Cell.of(v.from() + " – " + v.to()), Cell.of(Labels.choice(r, v.state())), Cell.of(v.closing()),
                    Cell.of(v.sentOn()), Cell.of(v.signedOn())));
        }
        if (!rows.isEmpty()) {
            blocks.add(new Heading(heading));
            blocks.add(new Table(List.of(r.msg("column.number"), r.msg("column.customerName"), r.msg("statement.period"),
                    r.msg("column.state"), r.msg("statement.closingShort"), r.msg("statement.sentOn"),
                    r.msg("statement.signedOn")), rows, null, null));
        }
    }

    /** The statement's own page. */
    static Page page(PageRequest r, StatementRecordView v, StatementRecords statements, SecurityService security,
            CompanyClock clock, PageActions actions) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Links(List.of(new Link(r.msg("statement.back"), StatementPage.LABEL + "?customer=" + v.customerId()
                + "&from=" + v.from() + "&to=" + v.to()), new Link(r.msg("statement.print"), StatementPage.LABEL
                + "?customer=" + v.customerId() + "&from=" + v.from() + "&to=" + v.to() + "&print=statement"))));
        if (v.changed()) {
            blocks.add(new Notice(Notice.Level.WARNING, r.msg("statement.changedNotice")));
        }
        if (v.state() == StatementState.DISPUTED) {
            blocks.add(new Notice(Notice.Level.WARNING, r.msg("statement.disputedNotice", v.dispute())));
        }
        List<Properties.Property> p = new ArrayList<>();
        p.add(new Properties.Property(r.msg("column.customerName"), v.customerName()));
        p.add(new Properties.Property(r.msg("statement.period"), v.from() + " – " + v.to()));
        p.add(new Properties.Property(r.msg("column.state"), Labels.choice(r, v.state())));
        p.add(new Properties.Property(r.msg("statement.opening"), Cell.of(v.opening()).text()));
        p.add(new Properties.Property(r.msg("statement.INVOICE"), Cell.of(v.invoiced()).text()));
        p.add(new Properties.Property(r.msg("statement.CREDIT_NOTE"), Cell.of(v.credited()).text()));
        p.add(new Properties.Property(r.msg("statement.RECEIPT"), Cell.of(v.received()).text()));
        p.add(new Properties.Property(r.msg("statement.closingShort"), Cell.of(v.closing()).text()));
        p.add(new Properties.Property(r.msg("statement.preparedBy"), r.person(v.createdBy()) + " " + r.time(v.createdAt())));
        if (v.agreedBy() != null) {
            p.add(new Properties.Property(r.msg("statement.agreedBy"), r.person(v.agreedBy()) + " " + r.time(v.agreedAt())));
        }
        if (v.sentOn() != null) {
            p.add(new Properties.Property(r.msg("statement.sentOn"), v.sentOn() + " — " + Labels.choice(r, v.sentHow())
                    + (v.sentTo() == null ? "" : " " + v.sentTo())));
        }
        if (v.signedOn() != null) {
            p.add(new Properties.Property(r.msg("statement.signedOn"), String.valueOf(v.signedOn())));
        }
        if (v.note() != null) {
            p.add(new Properties.Property(r.msg("field.note"), v.note()));
        }
        blocks.add(new Properties(p));
        String id = String.valueOf(v.id());
        String version = String.valueOf(v.version());
        boolean write = security.isPermitted(r.actor(), InvoicingModule.WRITE);
        if (v.state() == StatementState.PREPARED && security.isPermitted(r.actor(), InvoicingModule.RECEIVE)) {
            blocks.add(Form.action(r.msg("statement.agree"), List.of(actions.field(AGREE), Field.hidden("id", id),
                    Field.hidden("version", version))));
        }
        if (v.state() == StatementState.AGREED && write) {
            List<Field> fields = new ArrayList<>(List.of(actions.field(SEND), Field.hidden("id", id),
                    Field.hidden("version", version)));
            fields.addAll(Labels.inputs(r, StatementSending.class, n -> ""));
            blocks.add(new Heading(r.msg("statement.send")));
            blocks.add(Form.action(r.msg("statement.send"), fields));
        }
        if (v.state() == StatementState.SENT && write) {
            List<Field> fields = new ArrayList<>(List.of(actions.field(REPLY), Field.hidden("id", id),
                    Field.hidden("version", version)));
            fields.addAll(Labels.inputs(r, StatementReply.class, n -> n.equals("signedOn") ? clock.today().toString() : ""));
            blocks.add(new Heading(r.msg("statement.reply")));
            blocks.add(new org.neiqin.api.console.Paragraph(r.msg("statement.replyHelp")));
            blocks.add(Form.action(r.msg("statement.reply"), fields));
        }
        if ((v.state() == StatementState.PREPARED || v.state() == StatementState.AGREED) && write) {
            blocks.add(Form.action(r.msg("statement.withdraw"), List.of(actions.field(WITHDRAW), Field.hidden("id", id),
                    Field.hidden("version", version), new Field("reason", r.msg("field.reason"), Field.Type.TEXT, null,
                            List.of(), true))));
        }
        List<AuditEntry> history = new ArrayList<>(statements.history(v.id()));
        Collections.reverse(history);
        blocks.add(new Heading(r.msg("invoice.history")));
        blocks.add(new AuditTrail(history));
        return new Page(r.msg("statement.recordTitle", v.reference(), v.customerName()), blocks);
    }
}
