package org.neiqin.invoicing.internal.console;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.console.Table;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.invoicing.internal.InvoicingModule;
import org.neiqin.invoicing.internal.Statement;
import org.neiqin.invoicing.internal.Statements;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Statements of account (对账单): a customer and a period chosen, the opening balance, the invoices, credit notes and
 * receipts with the balance after each, and the closing balance; printable (one sheet, for the customer to sign back)
 * and exported.
 */
@Component
public class StatementPage implements ConsolePage {
    static final String LABEL = "neiqin-statements";

    @Reference
    private Statements statements;
    @Reference
    private CompanyClock clock;
    @Reference
    private org.neiqin.invoicing.internal.StatementRecords records;
    @Reference
    private org.neiqin.api.security.SecurityService security;

    private org.neiqin.kit.console.PageActions actions;

    @org.osgi.service.component.annotations.Activate
    void activate() {
        actions = StatementSteps.actions(records);
    }

    @Override
    public org.neiqin.api.console.Action submit(PageRequest r) {
        return actions.submit(r);
    }

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 430; }

    @Override
    public String title() { return "Statements of account"; }

    @Override
    public String permission() { return InvoicingModule.READ; }

    @Override
    public Page render(PageRequest r) {
        if (r.param("id") != null) {
            return StatementSteps.page(r, records.get(r.number("id")), records, security, clock, actions);
        }
        LocalDate to = r.param("to") == null || r.param("to").isBlank() ? clock.today()
                : Forms.parse(LocalDate.class, "to", r.param("to"));
        LocalDate from = r.param("from") == null || r.param("from").isBlank() ? to.withDayOfMonth(1)
                : Forms.parse(LocalDate.class, "from", r.param("from"));
        List<Block> blocks = new ArrayList<>();
        String customer = r.param("customer");
        if (r.param("print") == null) {
            blocks.add(new Paragraph(r.msg("statement.help")));
            blocks.add(Form.filter(r.msg("statement.show"), List.of(
                    Field.lookup("customer", r.msg("column.customerName"), CustomerDirectory.LOOKUP, customer, null, true),
                    new Field("from", r.msg("filter.from"), Field.Type.DATE, from.toString(), List.of(), true),
                    new Field("to", r.msg("filter.to"), Field.Type.DATE, to.toString(), List.of(), true))));
        }
        if (customer == null || customer.isBlank()) {
            StatementSteps.table(r, records.list(null, 100), r.msg("statement.recent"), blocks);
            return new Page(r.msg("statement.title"), blocks);
        }
        Statement s = statements.of(r.number("customer"), from, to);
        if (r.param("print") == null) {
            blocks.add(new Links(List.of(new Link(r.msg("statement.print"), LABEL + "?customer=" + s.customerId()
                    + "&from=" + from + "&to=" + to + "&print=statement"))));
        }
        blocks.addAll(of(r, s));
        if (r.param("print") == null) {
            StatementSteps.ofCustomer(r, s.customerId(), from.toString(), to.toString(), records, security, actions, blocks);
        }
        return new Page(r.msg("statement.heading", s.customerName(), s.from(), s.to()), blocks);
    }

    /** @return the statement's table and its closing line (also in the overdue letter's print view) */
    static List<Block> of(PageRequest r, Statement s) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(List.of(Cell.of(s.from()), Cell.of(r.msg("statement.opening")), Cell.of(""), Cell.of(""), Cell.of(""),
                Cell.of(""), Cell.of(s.opening())));
        for (Statement.Entry e : s.entries()) {
            rows.add(List.of(Cell.of(e.date()), Cell.of(r.msg("statement." + e.kind().name())), Cell.of(e.reference()),
                    Cell.of(e.kind() == Statement.Kind.RECEIPT ? Labels.choice(r,
                            org.neiqin.invoicing.internal.PaymentMethod.valueOf(e.detail())) : e.detail()), e.debit().amount().signum() == 0 ? Cell.of("") : Cell.of(e.debit()),
                    e.credit().amount().signum() == 0 ? Cell.of("") : Cell.of(e.credit()), Cell.of(e.balance())));
        }
        rows.add(List.of(Cell.of(s.to()), Cell.of(r.msg("statement.totals")), Cell.of(""), Cell.of(""),
                Cell.of(s.invoiced()), Cell.of(s.credited().plus(s.received())), Cell.of(s.closing())));
        List<Block> out = new ArrayList<>();
        out.add(new Table(List.of(r.msg("statement.date"), r.msg("statement.what"), r.msg("column.number"),
                r.msg("statement.detail"), r.msg("statement.debit"), r.msg("statement.credit"), r.msg("statement.balance")),
                rows, null, "statement-" + s.customerId() + "-" + s.to()));
        out.add(new Paragraph(r.msg("statement.closing", Cell.of(s.closing()).text(),
                org.neiqin.invoicing.internal.Vat.capital(s.closing().amount()))));
        out.add(new Paragraph(r.msg("statement.signBack")));
        return out;
    }
}
