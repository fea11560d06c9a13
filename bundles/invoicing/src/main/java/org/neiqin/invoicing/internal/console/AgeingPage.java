package org.neiqin.invoicing.internal.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Chart;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.console.Table;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.invoicing.internal.Ageing;
import org.neiqin.invoicing.internal.CollectionPlan;
import org.neiqin.invoicing.internal.InvoicingModule;
import org.neiqin.invoicing.internal.rest.CollectionResource;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Receivables (应收): the ageing as of a day per customer, salesperson or region (tab "ageing"), and the month's
 * collection plan against what was collected, per invoice and per salesperson with a chart (tab "plan").
 */
@Component
public class AgeingPage implements ConsolePage {
    static final String LABEL = "neiqin-receivables";

    @Reference
    private Ageing ageing;
    @Reference
    private CollectionPlan plan;
    @Reference
    private CompanyClock clock;

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 440; }

    @Override
    public String title() { return "Receivables"; }

    @Override
    public String permission() { return InvoicingModule.READ; }

    @Override
    public Page render(PageRequest r) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Links(List.of(new Link(r.msg("ageing.tab"), LABEL), new Link(r.msg("plan.tab"), LABEL + "?tab=plan"))));
        if ("plan".equals(r.param("tab"))) {
            return plan(r, blocks);
        }
        LocalDate asOf = r.param("asOf") == null || r.param("asOf").isBlank() ? clock.today()
                : Forms.parse(LocalDate.class, "asOf", r.param("asOf"));
        Ageing.By by = r.param("by") == null || r.param("by").isBlank() ? Ageing.By.CUSTOMER
                : Forms.choice(Ageing.By.class, "by", r.param("by"));
        blocks.add(new Paragraph(r.msg("ageing.help")));
        blocks.add(Form.filter(r.msg("filter.apply"), List.of(
                new Field("asOf", r.msg("ageing.asOf"), Field.Type.DATE, asOf.toString(), List.of(), true),
                Field.select("by", r.msg("ageing.by"), by.name(), Labels.options(r, Ageing.By.class, false)))));
        Ageing.Report report = ageing.of(asOf, by, "zh".equals(r.locale().getLanguage()));
        List<String> columns = new ArrayList<>();
        columns.add(r.msg("ageing." + by.name()));
        columns.addAll(report.buckets());
        columns.add(r.msg("ageing.total"));
        List<List<Cell>> rows = new ArrayList<>();
        for (Ageing.Row row : report.rows()) {
            rows.add(cells(r, by, row));
        }
        rows.add(cells(r, by, report.total()));
        blocks.add(new Table(columns, rows, null, "ageing-" + asOf));
        return new Page(r.msg("ageing.title", asOf), blocks);
    }

    private static List<Cell> cells(PageRequest r, Ageing.By by, Ageing.Row row) {
        List<Cell> out = new ArrayList<>();
        String name = switch (by) {
            case CUSTOMER -> row.name();
            case SALESPERSON -> row.key().isEmpty() ? row.name() : r.person(row.key());
            case REGION -> row.key().isEmpty() ? row.name() : r.region(row.key());
        };
        out.add(by == Ageing.By.CUSTOMER && !row.key().isEmpty()
                ? Cell.link(name, StatementPage.LABEL + "?customer=" + row.key()) : Cell.of(name));
        row.buckets().forEach(m -> out.add(Cell.of(m)));
        out.add(Cell.of(row.total()));
        return out;
    }

    private Page plan(PageRequest r, List<Block> blocks) {
        YearMonth month = CollectionResource.month(r.param("month"), clock.today());
        blocks.add(new Paragraph(r.msg("plan.help")));
        blocks.add(Form.filter(r.msg("filter.apply"), List.of(Field.hidden("tab", "plan"),
                Field.text("month", r.msg("plan.month"), month.toString()))));
        CollectionPlan.Plan p = plan.of(month);
        List<List<Cell>> people = new ArrayList<>();
        List<Chart.Bar> bars = new ArrayList<>();
        for (CollectionPlan.Person s : p.salespeople()) {
            String who = s.salesperson().isEmpty() ? "—" : r.person(s.salesperson());
            people.add(List.of(Cell.of(who), Cell.of(s.planned()), Cell.of(s.collected()), Cell.of(s.outstanding()),
                    Cell.of(s.rate() == null ? "" : s.rate().toPlainString() + " %")));
            bars.add(new Chart.Bar(who, s.rate() == null ? BigDecimal.ZERO : s.rate(), (s.rate() == null ? "—"
                    : s.rate().toPlainString() + " %") + " — " + Cell.of(s.collected()).text() + " / "
                    + Cell.of(s.planned()).text()));
        }
        CollectionPlan.Person t = p.total();
        people.add(List.of(Cell.of(r.msg("ageing.total")), Cell.of(t.planned()), Cell.of(t.collected()),
                Cell.of(t.outstanding()), Cell.of(t.rate() == null ? "" : t.rate().toPlainString() + " %")));
        blocks.add(new Heading(r.msg("plan.bySalesperson")));
        blocks.add(new Table(List.of(r.msg("collection.salesperson"), r.msg("plan.planned"), r.msg("plan.collected"),
                r.msg("collection.owed"), r.msg("plan.rate")), people, null, "collection-plan-" + month + "-people"));
        if (!bars.isEmpty()) {
            blocks.add(new Chart(r.msg("plan.chart"), bars));
        }
        List<List<Cell>> lines = new ArrayList<>();
        for (CollectionPlan.Line l : p.lines()) {
            lines.add(List.of(Cell.link(l.number(), InvoicePage.LABEL + "?id=" + l.invoiceId()), Cell.of(l.customerName()),
                    Cell.of(r.person(l.salesperson())), Cell.of(l.issuedOn()), Cell.of(l.dueDate()), Cell.of(l.planned()),
                    Cell.of(l.collected()), Cell.of(l.credited()), Cell.of(l.outstanding())));
        }
        blocks.add(new Heading(r.msg("plan.invoices")));
        blocks.add(new Table(List.of(r.msg("column.number"), r.msg("column.customerName"), r.msg("collection.salesperson"),
                r.msg("column.issuedOn"), r.msg("field.dueDate"), r.msg("plan.planned"), r.msg("plan.collected"),
                r.msg("plan.credited"), r.msg("collection.owed")), lines, null, "collection-plan-" + month));
        if (lines.isEmpty()) {
            blocks.add(new Paragraph(r.msg("plan.none")));
        }
        return new Page(r.msg("plan.title", month), blocks);
    }
}
