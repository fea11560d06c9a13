package org.neiqin.leads.internal.console;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Chart;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.Table;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListParams;
import org.neiqin.leads.internal.LeadsModule;
import org.neiqin.leads.internal.reports.LeadReports;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The leads' statistics over the leads made in the days chosen: the conversion rate and time, leads by source (with a
 * chart), region and stage, each salesperson's response time, why leads were lost and to whom; each table exports to
 * CSV and Excel.
 */
@Component
public class LeadReportsPage implements ConsolePage {
    static final String LABEL = "neiqin-lead-reports";

    @Reference
    private LeadReports reports;
    @Reference
    private CompanyClock clock;

    @Override
    public String label() { return LABEL; }

    @Override
    public int menuOrder() { return NOT_IN_MENU; }

    @Override
    public String title() { return "Lead statistics"; }

    @Override
    public String permission() { return LeadsModule.ASSIGN; }

    @Override
    public Page render(PageRequest r) {
        ListParams.onlyKnownInConsole(r.paramNames(), List.of("from", "to"));
        LocalDate today = clock.today();
        LocalDate from = IntelligencePage.day(r, "from", today.withDayOfYear(1));
        LocalDate to = IntelligencePage.day(r, "to", today);
        if (to.isBefore(from)) {
            Forms.require(List.of(new FieldError("to", "order", Text.of("leads.report.order",
                    "the days end on {0}, before they start on {1}", to, from))));
        }
        LeadReports.Report rep = reports.report(from, to);
        List<Chart.Bar> bars = new ArrayList<>();
        for (LeadReports.Group g : rep.bySource()) {
            bars.add(new Chart.Bar(r.msg("enum.LeadSource." + g.key()), BigDecimal.valueOf(g.leads()),
                    g.leads() + " · " + percent(g.conversion())));
        }
        List<List<Cell>> stages = new ArrayList<>();
        rep.byStage().forEach((stage, n) -> stages.add(List.of(Cell.of(r.msg("enum.LeadStage." + stage)), Cell.of(n))));
        List<List<Cell>> response = new ArrayList<>();
        for (LeadReports.Response s : rep.response()) {
            response.add(List.of(Cell.of(r.person(s.owner())), Cell.of(s.leads()), Cell.of(s.called()),
                    Cell.of(hours(s.meanHours())), Cell.of(hours(s.maxHours()))));
        }
        List<String> groupColumns = List.of(r.msg("column.leads"), r.msg("column.won"), r.msg("column.lost"),
                r.msg("column.conversion"));
        return Page.of(r.msg("title.neiqin-lead-reports"), LeadLinks.of(r),
                Form.filter(r.msg("filter.apply"), List.of(Field.text("from", r.msg("filter.from"), from.toString()),
                        Field.text("to", r.msg("filter.to"), to.toString()))),
                new Properties(List.of(new Properties.Property(r.msg("column.leads"), String.valueOf(rep.leads())),
                        new Properties.Property(r.msg("column.won"), String.valueOf(rep.won())),
                        new Properties.Property(r.msg("column.lost"), String.valueOf(rep.lost())),
                        new Properties.Property(r.msg("column.conversion"), percent(rep.conversion())),
                        new Properties.Property(r.msg("report.daysToWin"), String.format(Locale.ROOT, "%.1f",
                                rep.meanDaysToWin())))),
                new Chart(r.msg("report.bySource"), bars),
                new Heading(r.msg("report.bySource")),
                groups(r, rep.bySource(), g -> r.msg("enum.LeadSource." + g), fieldLabel(r, "source"), groupColumns,
                        "leads-by-source"),
                new Heading(r.msg("report.byRegion")),
                groups(r, rep.byRegion(), g -> g.isEmpty() ? "—" : r.region(g), fieldLabel(r, "region"), groupColumns,
                        "leads-by-region"),
                new Heading(r.msg("report.byStage")),
                new Table(List.of(r.msg("field.stage"), r.msg("column.leads")), stages, null, "leads-by-stage"),
                new Heading(r.msg("report.response")),
                new Table(List.of(r.msg("column.owner"), r.msg("column.leads"), r.msg("report.called"),
                        r.msg("report.meanHours"), r.msg("report.maxHours")), response, null, "lead-response"),
                new Heading(r.msg("report.lostReasons")),
                reasons(r, rep.lostReasons(), r.msg("field.lostReason"), "lost-reasons"),
                new Heading(r.msg("report.competitors")),
                reasons(r, rep.competitors(), r.msg("field.competitor"), "lost-to"));
    }

    private static String fieldLabel(PageRequest r, String field) {
        return org.neiqin.kit.form.Labels.field(r, field);
    }

    private static Table groups(PageRequest r, List<LeadReports.Group> groups, Function<String, String> name,
            String first, List<String> columns, String export) {
        List<String> cols = new ArrayList<>(List.of(first));
        cols.addAll(columns);
        List<List<Cell>> rows = new ArrayList<>();
        for (LeadReports.Group g : groups) {
            rows.add(List.of(Cell.of(name.apply(g.key())), Cell.of(g.leads()), Cell.of(g.won()), Cell.of(g.lost()),
                    Cell.of(percent(g.conversion()))));
        }
        return new Table(cols, rows, null, export);
    }

    private static Table reasons(PageRequest r, List<LeadReports.Group> groups, String first, String export) {
        List<List<Cell>> rows = new ArrayList<>();
        for (LeadReports.Group g : groups) {
            rows.add(List.of(Cell.of(g.key()), Cell.of(g.leads())));
        }
        return new Table(List.of(first, r.msg("column.leads")), rows, null, export);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    private static String hours(double h) {
        return String.format(Locale.ROOT, "%.1f h", h);
    }
}
