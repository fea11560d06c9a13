package org.neiqin.logistics.internal.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neiqin.api.money.Money;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Chart;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.console.Table;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.query.ListParams;
import org.neiqin.logistics.internal.DeliveryReports;
import org.neiqin.logistics.internal.LogisticsModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Delivery reports for the back office and the managers: what left per day, week or month by
 * customer, region, product or carrier (value and freight, with a chart), freight per month by
 * carrier, and the late shipments; each table exports to CSV and Excel. Carrier performance is
 * on the carriers' page.
 */
@Component
public class ReportsPage implements ConsolePage {
    static final String LABEL = "neiqin-logistics-reports";
    private static final java.util.Set<String> PARAMS = java.util.Set.of("tab", "from", "to", "period", "by");

    @Reference
    private DeliveryReports reports;
    @Reference
    private CompanyClock clock;

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return 330; }

    @Override
    public String title() { return "Delivery reports"; }

    @Override
    public String permission() { return LogisticsModule.READ; }

    @Override
    public Page render(PageRequest r) {
        ListParams.onlyKnownInConsole(r.paramNames(), PARAMS);
        LocalDate to = Forms.parse(LocalDate.class, "to", r.param("to"));
        LocalDate from = Forms.parse(LocalDate.class, "from", r.param("from"));
        to = to == null ? clock.today() : to;
        from = from == null ? to.withDayOfYear(1) : from;
        String tab = r.param("tab") == null ? "deliveries" : r.param("tab");
        List<Block> blocks = new ArrayList<>();
        String span = "&from=" + from + "&to=" + to;
        blocks.add(new Links(List.of(new Link(r.msg("reports.deliveries"), LABEL + "?tab=deliveries" + span),
                new Link(r.msg("reports.freight"), LABEL + "?tab=deliveries&period=MONTH&by=CARRIER" + span),
                new Link(r.msg("reports.late"), LABEL + "?tab=late" + span),
                new Link(r.msg("reports.carriers"), CarriersPage.LABEL))));
        if ("late".equals(tab)) {
            late(r, from, to, blocks);
            return new Page(r.msg("reports.late"), blocks);
        }
        deliveries(r, from, to, blocks);
        return new Page(r.msg("reports.deliveries"), blocks);
    }

    private void deliveries(PageRequest r, LocalDate from, LocalDate to, List<Block> blocks) {
        DeliveryReports.Period period = Forms.choice(DeliveryReports.Period.class, "period", r.param("period"));
        DeliveryReports.Dimension by = Forms.choice(DeliveryReports.Dimension.class, "by", r.param("by"));
        period = period == null ? DeliveryReports.Period.MONTH : period;
        by = by == null ? DeliveryReports.Dimension.NONE : by;
        blocks.add(Form.filter(r.msg("filter.apply"), List.of(Field.hidden("tab", "deliveries"),
                new Field("from", r.msg("reports.from"), Field.Type.DATE, from.toString(), List.of(), false),
                new Field("to", r.msg("reports.to"), Field.Type.DATE, to.toString(), List.of(), false),
                Field.select("period", r.msg("reports.period"), period.name(),
                        Labels.options(r, DeliveryReports.Period.class, false)),
                Field.select("by", r.msg("reports.by"), by.name(), Labels.options(r, DeliveryReports.Dimension.class, false)))));
        List<DeliveryReports.Row> rows = reports.deliveries(from, to, period, by);
        List<List<Cell>> cells = new ArrayList<>();
        Map<String, BigDecimal> perPeriod = new LinkedHashMap<>();
        Map<String, BigDecimal> freightPerPeriod = new LinkedHashMap<>();
        long notes = 0;
        BigDecimal value = BigDecimal.ZERO;
        BigDecimal freight = BigDecimal.ZERO;
        boolean byProduct = by == DeliveryReports.Dimension.PRODUCT;
        for (DeliveryReports.Row row : rows) {
            cells.add(List.of(Cell.of(row.period()), Cell.of(by == DeliveryReports.Dimension.REGION
                    ? r.region(row.group()) : row.group()), Cell.of(row.notes()),
                    Cell.of(row.value()), Cell.of(row.freight())));
            perPeriod.merge(row.period(), row.value().amount(), BigDecimal::add);
            if (row.freight() != null) {
                freightPerPeriod.merge(row.period(), row.freight().amount(), BigDecimal::add);
                freight = freight.add(row.freight().amount());
            }
            notes += row.notes();
            value = value.add(row.value().amount());
        }
        // the totals in the rows' currency, as the rows say it
        cells.add(List.of(Cell.of(r.msg("reports.total")), Cell.of(""), Cell.of(byProduct ? "" : String.valueOf(notes)),
                Cell.of(Money.of(value, reports.currency())),
                byProduct ? Cell.of("") : Cell.of(Money.of(freight, reports.currency()))));
        boolean freightChart = by == DeliveryReports.Dimension.CARRIER;
        List<Chart.Bar> bars = new ArrayList<>();
        (freightChart ? freightPerPeriod : perPeriod).forEach((p, v) -> bars.add(new Chart.Bar(p, v, Cell.grouped(v))));
        blocks.add(new Chart(r.msg(freightChart ? "reports.chartFreight" : "reports.chartValue"), bars));
        if (byProduct) {
            blocks.add(new Paragraph(r.msg("reports.byProduct")));
        }
        blocks.add(new Table(List.of(r.msg("reports.period"), r.msg("reports.group." + by.name()), r.msg("reports.notes"),
                r.msg("reports.value"), r.msg("column.freight")), cells, null, "deliveries"));
    }

    private void late(PageRequest r, LocalDate from, LocalDate to, List<Block> blocks) {
        blocks.add(Form.filter(r.msg("filter.apply"), List.of(Field.hidden("tab", "late"),
                new Field("from", r.msg("reports.promisedFrom"), Field.Type.DATE, from.toString(), List.of(), false),
                new Field("to", r.msg("reports.to"), Field.Type.DATE, to.toString(), List.of(), false))));
        List<DeliveryReports.Late> late = reports.late(from, to);
        List<List<Cell>> cells = new ArrayList<>();
        for (DeliveryReports.Late l : late.subList(0, Math.min(late.size(), DeliveryReports.MAX_LATE))) {
            cells.add(List.of(Cell.link(l.code(), NotePage.LABEL + "?id=" + l.id()), Cell.of(l.customerName()),
                    Cell.of(l.carrierName()), Cell.of(l.promisedOn()), Cell.of(l.shippedOn() == null
                            ? r.msg("reports.notGone") : l.shippedOn().toString()), Cell.of(l.daysLate()),
                    Cell.of(Labels.choice(r, l.state()))));
        }
        blocks.add(new Paragraph(r.msg("reports.lateCount", late.size())));
        blocks.add(new Table(List.of(r.msg("column.code"), r.msg("column.customerName"), r.msg("column.carrier"),
                r.msg("column.promisedOn"), r.msg("reports.shippedOn"), r.msg("reports.daysLate"), r.msg("column.state")),
                cells, null, "late-shipments"));
    }
}
