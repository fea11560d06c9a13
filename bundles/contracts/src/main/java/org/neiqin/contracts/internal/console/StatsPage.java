package org.neiqin.contracts.internal.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neiqin.api.time.CompanyClock;
import org.neiqin.api.console.Action;
import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Chart;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Table;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.FulfilmentSchedule;
import org.neiqin.api.security.SecurityService;
import org.neiqin.contracts.internal.ContractReports;
import org.neiqin.contracts.internal.ContractsModule;
import org.neiqin.contracts.internal.CustomerChecks;
import org.neiqin.contracts.internal.Margins;
import org.neiqin.contracts.internal.PriceLevel;
import org.neiqin.contracts.internal.Statistics;
import org.neiqin.contracts.internal.StockUpService;
import org.neiqin.contracts.internal.StockUpView;
import org.neiqin.kit.console.PageActions;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * For the sales manager and the general manager: contract count, value and fulfilment rate per
 * month, quarter or year and per salesperson, customer or region, with a chart; receivables per
 * contract; and the open stock-up requests for purchasing.
 */
@Component
public class StatsPage implements ConsolePage {
    static final String LABEL = "neiqin-contract-stats";

    @Reference
    private ContractReports reports;
    @Reference
    private CustomerChecks checks;
    @Reference
    private StockUpService stockUps;
    @Reference
    private SecurityService security;
    @Reference
    private CompanyClock clock;
    @Reference
    private org.neiqin.contracts.internal.ProductLines products;

    private final PageActions actions = new PageActions().on(StockUps.ANSWER, r -> {
        StockUps.answer(stockUps, r);
        return new Action(LABEL + "?tab=stock-ups", r.msg("stockups.answered"));
    });

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 210; }

    @Override
    public String title() { return "Contract statistics"; }

    @Override
    public String permission() { return ContractsModule.READ; }

    @Override
    public Page render(PageRequest r) {
        String tab = r.param("tab") == null ? "statistics" : r.param("tab");
        List<Block> blocks = new ArrayList<>();
        List<Link> tabs = new ArrayList<>(List.of(new Link(r.msg("documents.back"), "neiqin-contracts"),
                new Link(r.msg("stats.title"), LABEL), new Link(r.msg("receivables.title"), LABEL + "?tab=receivables"),
                new Link(r.msg("stockups.title"), LABEL + "?tab=stock-ups"),
                new Link(r.msg("priceLevel.title"), LABEL + "?tab=price-level")));
        // margins: to those who may see what products cost, while the catalogue that knows it is installed
        if (products.installed() && security.isPermitted(r.actor(), org.neiqin.api.catalog.Catalog.COST)) {
            tabs.add(new Link(r.msg("margins.title"), LABEL + "?tab=margins"));
        }
        blocks.add(new Links(tabs));
        switch (tab) {
            case "receivables":
                receivables(r, blocks);
                return new Page(r.msg("receivables.title"), blocks);
            case "stock-ups":
                List<StockUpView> open = stockUps.list(null);
                blocks.add(StockUps.table(r, open, "stock-ups"));
                if (security.isPermitted(r.actor(), ContractsModule.STOCK)) {
                    for (StockUpView s : open) {
                        blocks.add(StockUps.answerForm(r, actions, s, "tab", "stock-ups"));
                    }
                }
                return new Page(r.msg("stockups.title"), blocks);
            case "price-level":
                priceLevel(r, blocks);
                return new Page(r.msg("priceLevel.title"), blocks);
            case "margins":
                margins(r, blocks);
                return new Page(r.msg("margins.title"), blocks);
            default:
                statistics(r, blocks);
                return new Page(r.msg("stats.title"), blocks);
        }
    }

    /** The days a report covers: as asked, else from the first of the year to today. */
    private record Range(LocalDate from, LocalDate to) {
        Field from(PageRequest r) {
            return new Field("from", r.msg("filter.from"), Field.Type.DATE, from.toString(), List.of(), false);
        }

        Field to(PageRequest r) {
            return new Field("to", r.msg("filter.to"), Field.Type.DATE, to.toString(), List.of(), false);
        }
    }

    private Range range(PageRequest r) {
        LocalDate to = Forms.parse(LocalDate.class, "to", r.param("to"));
        LocalDate from = Forms.parse(LocalDate.class, "from", r.param("from"));
        to = to == null ? clock.today() : to;
        return new Range(from == null ? to.withDayOfYear(1) : from, to);
    }

    /** The price level realised per period and grade, region or product, against the price lists. */
    private void priceLevel(PageRequest r, List<Block> blocks) {
        Range range = range(r);
        LocalDate from = range.from();
        LocalDate to = range.to();
        Statistics.Period period = Forms.choice(Statistics.Period.class, "period", r.param("period"));
        PriceLevel.Dimension by = Forms.choice(PriceLevel.Dimension.class, "by", r.param("by"));
        period = period == null ? Statistics.Period.MONTH : period;
        by = by == null ? PriceLevel.Dimension.GRADE : by;
        blocks.add(Form.filter(r.msg("filter.apply"), List.of(Field.hidden("tab", "price-level"),
                range.from(r), range.to(r),
                Field.select("period", r.msg("stats.period"), period.name(), Labels.options(r, Statistics.Period.class, false)),
                Field.select("by", r.msg("stats.by"), by.name(), Labels.options(r, PriceLevel.Dimension.class, false)))));
        List<List<Cell>> cells = new ArrayList<>();
        for (PriceLevel.Row row : reports.priceLevel(from, to, period, by)) {
            String group = by == PriceLevel.Dimension.REGION ? r.region(row.group()) : by == PriceLevel.Dimension.GRADE
                    && !row.group().isEmpty() ? Labels.choice(r, org.neiqin.api.crm.Grade.valueOf(row.group())) : row.group();
            cells.add(List.of(Cell.of(row.period()), Cell.of(group), Cell.of(row.lines()), Cell.of(row.sold()),
                    Cell.of(row.listed()), Cell.of(row.level().toPlainString() + " %")));
        }
        blocks.add(new Paragraph(r.msg("priceLevel.explain")));
        blocks.add(new Table(List.of(r.msg("stats.period"), r.msg("priceLevel.group." + by.name()), r.msg("priceLevel.lines"),
                r.msg("priceLevel.sold"), r.msg("priceLevel.listed"), r.msg("priceLevel.level")), cells, null, "price-level"));
    }

    /** The margin per product, customer or salesperson over a period, against the catalogue's cost prices. */
    private void margins(PageRequest r, List<Block> blocks) {
        Range range = range(r);
        LocalDate from = range.from();
        LocalDate to = range.to();
        Margins.Dimension by = Forms.choice(Margins.Dimension.class, "by", r.param("by"));
        by = by == null ? Margins.Dimension.PRODUCT : by;
        blocks.add(Form.filter(r.msg("filter.apply"), List.of(Field.hidden("tab", "margins"),
                range.from(r), range.to(r),
                Field.select("by", r.msg("stats.by"), by.name(), Labels.options(r, Margins.Dimension.class, false)))));
        List<List<Cell>> cells = new ArrayList<>();
        for (Margins.Row row : reports.margins(from, to, by)) {
            String group = by == Margins.Dimension.SALESPERSON ? r.person(row.group()) : row.group();
            cells.add(List.of(Cell.of(group), Cell.of(row.lines()), Cell.of(row.sold()), Cell.of(row.cost()),
                    Cell.of(row.margin()), Cell.of(row.rate().toPlainString() + " %"), Cell.of(row.withoutCost())));
        }
        blocks.add(new Paragraph(r.msg("margins.explain")));
        blocks.add(new Table(List.of(r.msg("margins.group." + by.name()), r.msg("priceLevel.lines"),
                r.msg("priceLevel.sold"), r.msg("margins.cost"), r.msg("margins.margin"), r.msg("margins.rate"),
                r.msg("margins.withoutCost")), cells, null, "margins"));
    }

    private void statistics(PageRequest r, List<Block> blocks) {
        Range range = range(r);
        LocalDate from = range.from();
        LocalDate to = range.to();
        Statistics.Period period = Forms.choice(Statistics.Period.class, "period", r.param("period"));
        Statistics.Dimension by = Forms.choice(Statistics.Dimension.class, "by", r.param("by"));
        DocumentKind kind = Forms.choice(DocumentKind.class, "kind", r.param("kind"));
        period = period == null ? Statistics.Period.MONTH : period;
        by = by == null ? Statistics.Dimension.NONE : by;
        blocks.add(Form.filter(r.msg("filter.apply"), List.of(
                range.from(r), range.to(r),
                Field.select("period", r.msg("stats.period"), period.name(), Labels.options(r, Statistics.Period.class, false)),
                Field.select("by", r.msg("stats.by"), by.name(), Labels.options(r, Statistics.Dimension.class, false)),
                Field.select("kind", r.msg("field.kind"), r.param("kind"), Labels.options(r, DocumentKind.class, true)))));
        List<Statistics.Row> rows = reports.statistics(from, to, period, by, kind);
        List<List<Cell>> cells = new ArrayList<>();
        Map<String, BigDecimal> perPeriod = new LinkedHashMap<>();
        long count = 0;
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal delivered = BigDecimal.ZERO;
        for (Statistics.Row row : rows) {
            // a region and a salesperson as the office calls them
            String group = by == Statistics.Dimension.REGION ? r.region(row.group())
                    : by == Statistics.Dimension.SALESPERSON ? r.person(row.group()) : row.group();
            cells.add(List.of(Cell.of(row.period()), Cell.of(group), Cell.of(row.count()),
                    Cell.of(row.value()), Cell.of(row.delivered()),
                    Cell.of(row.rate().toPlainString() + " %")));
            perPeriod.merge(row.period(), row.value().amount(), BigDecimal::add);
            count += row.count();
            value = value.add(row.value().amount());
            delivered = delivered.add(row.delivered().amount());
        }
        // the totals in the rows' currency, as the rows say it
        cells.add(List.of(Cell.of(r.msg("stats.total")), Cell.of(""), Cell.of(count),
                Cell.of(org.neiqin.api.money.Money.of(value, checks.currency())),
                Cell.of(org.neiqin.api.money.Money.of(delivered, checks.currency())),
                Cell.of(Statistics.rate(delivered, value).toPlainString() + " %")));
        List<Chart.Bar> bars = new ArrayList<>();
        perPeriod.forEach((p, v) -> bars.add(new Chart.Bar(p, v, Cell.grouped(v) + " " + checks.currency())));
        blocks.add(new Chart(r.msg("stats.chart", checks.currency()), bars));
        blocks.add(new Table(List.of(r.msg("stats.period"), r.msg("stats.group"), r.msg("stats.count"),
                r.msg("stats.value"), r.msg("stats.delivered"), r.msg("stats.rate")), cells, null, "contract-statistics"));
    }

    private void receivables(PageRequest r, List<Block> blocks) {
        List<List<Cell>> cells = new ArrayList<>();
        for (FulfilmentSchedule s : reports.receivables(null)) {
            cells.add(List.of(Cell.link(s.document().number(), DocumentPage.LABEL + "?id=" + s.document().id()
                    + "&tab=schedule"), Cell.of(s.document().customerName()), Cell.of(s.document().documentDate()),
                    Cell.of(Labels.choice(r, s.status())), Cell.of(s.ordered()), Cell.of(s.delivered()),
                    Cell.of(s.invoiced()), Cell.of(s.paid()), Cell.of(s.receivable()),
                    Cell.of(s.ordered().minus(s.invoiced()))));
        }
        blocks.add(new Table(List.of(r.msg("field.number"), r.msg("field.customer"), Labels.field(r, "documentDate"),
                r.msg("schedule.status"), r.msg("schedule.ordered"), r.msg("schedule.delivered"),
                r.msg("schedule.invoiced"), r.msg("schedule.paid"), r.msg("schedule.receivable"),
                r.msg("schedule.toInvoice")), cells, null, "receivables"));
    }

    @Override
    public Action submit(PageRequest r) {
        return actions.submit(r);
    }
}
