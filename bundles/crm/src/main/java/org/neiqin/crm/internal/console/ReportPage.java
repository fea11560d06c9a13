package org.neiqin.crm.internal.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Table;
import org.neiqin.crm.internal.CrmModule;
import org.neiqin.crm.internal.CustomerReports;
import org.neiqin.crm.internal.ExposureRow;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Customer composition (客户构成分析): active customers per nature, grade, region, route and lifecycle. */
@Component
public class ReportPage implements ConsolePage {
    private static final List<String> DIMENSIONS = List.of("nature", "grade", "lifecycle", "region", "route");

    @Reference
    private CustomerReports crm;

    @Override
    public String label() { return "neiqin-customer-report"; }

    @Override
    public int menuOrder() { return 120; }

    @Override
    public String title() { return "Customer report"; }

    @Override
    public String permission() { return CrmModule.READ; }

    @Override
    public Page render(PageRequest r) {
        Page page = Page.of(r.msg("report.title"));
        for (String d : DIMENSIONS) {
            Map<String, Long> counts = crm.countBy(d);
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            List<List<Cell>> rows = new ArrayList<>();
            counts.forEach((k, n) -> rows.add(List.of(Cell.of(label(r, d, k)), Cell.of(n),
                    Cell.of(total == 0 ? "" : String.format("%.1f %%", 100.0 * n / total)))));
            page = page.with(new Heading(r.msg("report.by", r.msg("field." + d))),
                    new Table(List.of(r.msg("field." + d), r.msg("report.count"), r.msg("report.share")), rows, null,
                            "customers-by-" + d));
        }
        List<List<Cell>> exposure = new ArrayList<>();
        for (ExposureRow e : crm.creditExposure(1000)) {
            exposure.add(List.of(Cell.link(e.code() + " " + e.fullName(), "neiqin-customer?id=" + e.id()),
                    Cell.of(e.limit()), Cell.of(e.outstanding()), Cell.of(e.available()),
                    Cell.of(e.overLimit() ? "\u26a0 " + r.msg("report.overLimit") : "")));
        }
        return page.with(new Heading(r.msg("report.credit")), new org.neiqin.api.console.Paragraph(r.msg("report.creditHelp")),
                new Table(List.of(r.msg("followup.customer"), r.msg("field.creditLimit"), r.msg("report.outstanding"),
                        r.msg("report.available"), ""), exposure, null, "credit-exposure"));
    }

    private static String label(PageRequest r, String dimension, String key) {
        if (key.isEmpty()) {
            return r.msg("report.none");
        }
        switch (dimension) {
            case "nature":
                return r.msg("enum.Nature." + key);
            case "grade":
                return r.msg("enum.Grade." + key);
            case "lifecycle":
                return r.msg("enum.Lifecycle." + key);
            case "region":
            case "route":
                return r.region(key);
            default:
                return key;
        }
    }
}
