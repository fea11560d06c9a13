package org.neiqin.core.internal.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.console.AuditTrail;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Chart;
import org.neiqin.api.console.Paging;
import org.neiqin.api.console.Table;

/** Tables, their paging and export links, histories drawn as tables, and charts as plain HTML bars. */
final class TableHtml {
    private TableHtml() {
    }

    /** A history as a table, with the toolkit's own column names. */
    static Table trail(AuditTrail t, Html.Context ctx) {
        boolean records = t.entries().stream().map(AuditEntry::entity).distinct().count() > 1;
        List<String> columns = new ArrayList<>();
        for (String c : records ? new String[] {"at", "actor", "action", "entity", "old", "new"}
                : new String[] {"at", "actor", "action", "old", "new"}) {
            columns.add(ctx.text().apply("toolkit.history." + c));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (AuditEntry e : t.entries()) {
            List<Cell> row = new ArrayList<>(List.of(Cell.of(ctx.time().apply(e.at())), Cell.of(e.actor()),
                    Cell.of(e.action())));
            if (records) {
                row.add(Cell.of(e.entity()));
            }
            row.add(Cell.of(e.oldValues()));
            row.add(Cell.of(e.newValues()));
            rows.add(row);
        }
        return new Table(columns, rows, null, null);
    }

    /** A bar per row, its width a share of the largest value: plain HTML, no script. */
    static void chart(StringBuilder sb, Chart c) {
        BigDecimal max = BigDecimal.ZERO;
        for (Chart.Bar bar : c.bars()) {
            if (bar.value() != null && bar.value().compareTo(max) > 0) {
                max = bar.value();
            }
        }
        sb.append("<table class=\"nicetable neiqin-chart\" role=\"img\" aria-label=\"").append(Html.escape(c.title()))
                .append("\">\n<caption>").append(Html.escape(c.title())).append("</caption>\n");
        for (Chart.Bar bar : c.bars()) {
            BigDecimal v = bar.value() == null || bar.value().signum() < 0 ? BigDecimal.ZERO : bar.value();
            int percent = max.signum() == 0 ? 0 : v.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP)
                    .intValue();
            sb.append("<tr><th>").append(Html.escape(bar.label())).append("</th><td style=\"width:60%\">")
                    .append("<div class=\"neiqin-bar\" style=\"background:#4a7ebb;height:1em;width:").append(percent)
                    .append("%\"></div></td><td>").append(Html.escape(bar.text())).append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    static void table(StringBuilder sb, Table t, Html.Context ctx) {
        if (t.exportName() != null) {
            sb.append("<p><a class=\"ui-button neiqin-export\" href=\"").append(Html.href(ctx.label() + "?"
                    + Html.query(ctx.query(), "export", t.exportName()))).append("\">").append(Html.escape(ctx.text().apply("toolkit.export")))
                    .append("</a> <a class=\"ui-button neiqin-export-xlsx\" href=\"").append(Html.href(ctx.label() + "?"
                    + Html.query(ctx.query(), "export", t.exportName()) + "&format=xlsx")).append("\">")
                    .append(Html.escape(ctx.text().apply("toolkit.exportXlsx"))).append("</a></p>\n");
        }
        sb.append("<table class=\"nicetable neiqin-table\">\n<thead><tr>");
        for (String c : t.columns()) {
            sb.append("<th>").append(Html.escape(c)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        if (t.rows().isEmpty()) {
            sb.append("<tr><td colspan=\"").append(t.columns().size()).append("\">")
                    .append(Html.escape(ctx.text().apply("toolkit.empty"))).append("</td></tr>\n");
        }
        for (List<Cell> row : t.rows()) {
            sb.append("<tr>");
            for (Cell c : row) {
                // amounts and quantities right-aligned, so their digits stand under each other
                sb.append(c.number() == null ? "<td>" : "<td class=\"neiqin-number\" style=\"text-align:right\">");
                if (c.href() != null) {
                    sb.append("<a href=\"").append(Html.href(c.href())).append("\">").append(Html.escape(c.text())).append("</a>");
                } else {
                    sb.append(Html.escape(c.text()));
                }
                sb.append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table>\n");
        Paging p = t.paging();
        if (p != null) {
            sb.append("<p class=\"neiqin-paging\">");
            if (p.page() > 1) {
                sb.append("<a href=\"").append(Html.href(ctx.label() + "?" + Html.query(ctx.query(), "page", String.valueOf(p.page() - 1))))
                        .append("\">").append(Html.escape(ctx.text().apply("toolkit.previous"))).append("</a> ");
            }
            sb.append(Html.escape(ctx.text().apply(p.exact() ? "toolkit.page" : "toolkit.pageAtLeast")
                    .replace("{0}", String.valueOf(p.page())).replace("{1}", String.valueOf(p.pages()))
                    .replace("{2}", String.valueOf(p.total()))));
            if (p.hasNext()) {
                sb.append(" <a href=\"").append(Html.href(ctx.label() + "?" + Html.query(ctx.query(), "page", String.valueOf(p.page() + 1))))
                        .append("\">").append(Html.escape(ctx.text().apply("toolkit.next"))).append("</a>");
            }
            sb.append("</p>\n");
        }
    }
}
