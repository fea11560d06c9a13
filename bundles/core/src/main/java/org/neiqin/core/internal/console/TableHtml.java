package org.neiqin.core.internal.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    /**
     * A history as its reader wants it: a row per changed field (who, when, what was done, the field by its
     * label, before and after), stored codes in words, the newest first as the entries come.
     */
    static Table trail(AuditTrail t, Html.Context ctx) {
        boolean records = t.entries().stream().map(AuditEntry::entity).distinct().count() > 1;
        List<String> columns = new ArrayList<>();
        for (String c : records ? new String[] {"at", "actor", "action", "entity", "field", "old", "new"}
                : new String[] {"at", "actor", "action", "field", "old", "new"}) {
            columns.add(ctx.text().apply("toolkit.history." + c));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (AuditEntry e : t.entries()) {
            Map<String, Object> before = values(e.oldValues());
            Map<String, Object> after = values(e.newValues());
            java.util.LinkedHashSet<String> fields = new java.util.LinkedHashSet<>(after.keySet());
            fields.addAll(before.keySet());
            if (fields.isEmpty()) {
                fields.add("");
            }
            boolean first = true;
            for (String f : fields) {
                List<Cell> row = new ArrayList<>();
                // who, when and what once per entry; its fields below
                row.add(Cell.of(first ? ctx.time().apply(e.at()) : ""));
                row.add(Cell.of(first ? ctx.names().person(e.actor()) : ""));
                row.add(Cell.of(first ? action(ctx, e.action()) : ""));
                if (records) {
                    row.add(Cell.of(first ? e.entity() : ""));
                }
                row.add(Cell.of(f.isEmpty() ? "" : ctx.names().field(f)));
                row.add(Cell.of(shown(ctx, f, before.get(f))));
                row.add(Cell.of(shown(ctx, f, after.get(f))));
                rows.add(row);
                first = false;
            }
        }
        return new Table(columns, rows, null, null);
    }

    private static String action(Html.Context ctx, org.neiqin.api.audit.AuditAction a) {
        String key = "toolkit.history.action." + a.name();
        String words = ctx.text().apply(key);
        return words.equals(key) ? a.name() : words;
    }

    /** @return the stored fields of a history entry's JSON object, in order; a value that is no object as itself */
    @SuppressWarnings("unchecked")
    static Map<String, Object> values(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Object parsed = org.neiqin.core.internal.rest.Json.MAPPER.reader()
                    .with(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .forType(Object.class).readValue(json);
            if (parsed instanceof Map) {
                return (Map<String, Object>) parsed;
            }
            Map<String, Object> one = new java.util.LinkedHashMap<>();
            one.put("", parsed);
            return one;
        } catch (java.io.IOException notJson) {
            Map<String, Object> one = new java.util.LinkedHashMap<>();
            one.put("", json);
            return one;
        }
    }

    /** An amount stored with its currency ({@code 3600.00 CNY}). */
    private static final java.util.regex.Pattern MONEY = java.util.regex.Pattern.compile("(-?\\d+(?:\\.\\d+)?) ([A-Z]{3})");

    /**
     * @return a stored value as its reader reads it: a code in words, an amount grouped ({@code 3,600.00 CNY}), who
     *         did something ({@code ...By}) by name, a list one item a line, nothing as empty
     */
    private static String shown(Html.Context ctx, String field, Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof List) {
            List<String> items = new ArrayList<>();
            for (Object o : (List<?>) v) {
                items.add(shown(ctx, field, o));
            }
            return String.join("\n", items);
        }
        if (v instanceof Map) {
            List<String> items = new ArrayList<>();
            ((Map<?, ?>) v).forEach((k, x) -> items.add(ctx.names().field(String.valueOf(k)) + ": "
                    + shown(ctx, String.valueOf(k), x)));
            return String.join("\n", items);
        }
        if (v instanceof Boolean) {
            return ctx.text().apply((Boolean) v ? "toolkit.yes" : "toolkit.no");
        }
        if (v instanceof BigDecimal) {
            return org.neiqin.api.money.Money.grouped((BigDecimal) v);
        }
        if (v instanceof String text) {
            java.util.regex.Matcher money = MONEY.matcher(text);
            if (money.matches()) {
                return org.neiqin.api.money.Money.grouped(new BigDecimal(money.group(1))) + " " + money.group(2);
            }
            if (field.endsWith("By")) {
                return ctx.names().person(text);
            }
            return ctx.names().value(text);
        }
        return String.valueOf(v);
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

    private static String first(Map<String, List<String>> query, String name) {
        List<String> v = query == null ? null : query.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
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
        String sort = first(ctx.query(), "sort");
        boolean desc = "true".equals(first(ctx.query(), "desc"));
        for (int i = 0; i < t.columns().size(); i++) {
            int col = i;
            boolean number = t.rows().stream().anyMatch(r -> r.get(col).number() != null);
            sb.append(number ? "<th class=\"neiqin-num\">" : "<th>");
            String key = t.sorts().isEmpty() ? null : t.sorts().get(i);
            if (key == null) {
                sb.append(Html.escape(t.columns().get(i)));
            } else {
                // sorted by this column: a click turns the order round; else a click sorts by it
                boolean current = key.equals(sort);
                java.util.Map<String, List<String>> q = new java.util.LinkedHashMap<>(ctx.query());
                q.remove("desc");
                q.remove("page");
                String href = ctx.label() + "?" + Html.query(q, "sort", key) + (current && !desc ? "&desc=true" : "");
                sb.append("<a href=\"").append(Html.href(href)).append("\" title=\"")
                        .append(Html.escape(ctx.text().apply("toolkit.sortBy"))).append("\">")
                        .append(Html.escape(t.columns().get(i))).append(current ? (desc ? " ▼" : " ▲") : "").append("</a>");
            }
            sb.append("</th>");
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
                sb.append(c.number() == null ? "<td>" : "<td class=\"neiqin-number\">");
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
