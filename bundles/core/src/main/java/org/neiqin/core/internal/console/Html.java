package org.neiqin.core.internal.console;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.console.AuditTrail;
import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Chart;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.Paging;
import org.neiqin.api.console.Paragraph;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.Table;

/**
 * Renders a described page as HTML inside the web console's frame. Every value passes through
 * {@link #escape}; links may only point at console pages; POST forms carry the CSRF token.
 */
public final class Html {
    /** Name of the CSRF form field. */
    public static final String CSRF_FIELD = "_csrf";

    /**
     * What the renderer needs besides the page.
     *
     * @param label the page's label (forms post back to it)
     * @param csrfToken the session's token
     * @param query current GET parameters (kept by paging and export links)
     * @param flash a one-time message, or null
     * @param text toolkit messages by key, in the user's language
     */
    public record Context(String label, String csrfToken, Map<String, List<String>> query, String flash,
            Function<String, String> text, String actionQuery, Refill refill,
            Function<java.time.Instant, String> time) {
        public Context(String label, String csrfToken, Map<String, List<String>> query, String flash,
                Function<String, String> text) {
            this(label, csrfToken, query, flash, text, null, null, java.time.Instant::toString);
        }

        /** @return the context with POST forms sent to the page under this query (the view they were drawn in). */
        public Context withActionQuery(String q) {
            return new Context(label, csrfToken, query, flash, text, q, refill, time);
        }

        /** @return the context of a page drawn again after its form was rejected. */
        public Context withRefill(Refill r) {
            return new Context(label, csrfToken, query, flash, text, actionQuery, r, time);
        }

        /** @return the context showing instants (a history's) as {@code time} writes them: the company's zone */
        public Context withTime(Function<java.time.Instant, String> t) {
            return new Context(label, csrfToken, query, flash, text, actionQuery, refill, t);
        }
    }

    /**
     * What a rejected POST sent and what was wrong with it: the form it came from (the hidden
     * {@value #FORM_FIELD}, its position among the page's POST forms) is drawn with the values typed
     * and each field's error beside it.
     */
    public static final class Refill {
        private final Map<String, String> posted;
        private final Map<String, String> errors;
        private boolean used;

        public Refill(Map<String, String> posted, Map<String, String> errors) {
            this.posted = posted;
            this.errors = errors;
        }

        /** @return whether the page held the form that was sent. */
        public boolean used() { return used; }
    }

    /** Name of the hidden field that tells which of a page's POST forms was sent. */
    public static final String FORM_FIELD = "_form";

    private Html() {
    }

    public static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                case '\'': sb.append("&#39;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }

    /** @return a safe console-relative href: a page label with an optional query, or "#" for anything else. */
    public static String href(String target) {
        if (target == null || !target.matches("neiqin[a-z0-9-]*(\\?[^\\s\"'<>]*)?")) {
            return "#";
        }
        return escape(target);
    }

    /**
     * Printing any page leaves out the console's menus, the language switch, links and forms; a page
     * opened with {@code print=…} (a module's print view) starts each section on a sheet of its own.
     */
    static final String PRINT_STYLE = "<style>@media print{#lead,#navmenu,#langSelect,.neiqin-lang,.neiqin-links,"
            + ".neiqin form,.neiqin-flash{display:none!important}body,#main{background:#fff!important}}"
            + "@media print{.neiqin-print h3{break-before:page}.neiqin-print h3:first-of-type{break-before:auto}}</style>\n";

    public static String render(Page page, Context ctx) {
        boolean print = ctx.query() != null && ctx.query().containsKey("print");
        StringBuilder sb = new StringBuilder(PRINT_STYLE).append("<div class=\"neiqin").append(print ? " neiqin-print" : "")
                .append("\">\n");
        sb.append("<h2 class=\"neiqin-title\">").append(escape(page.title())).append("</h2>\n");
        if (ctx.flash() != null) {
            sb.append("<p class=\"neiqin-flash ui-state-highlight\" role=\"status\">").append(escape(ctx.flash()))
                    .append("</p>\n");
        }
        int[] forms = {0};
        for (Block b : page.blocks()) {
            block(sb, b, ctx, forms);
        }
        return sb.append("</div>\n").toString();
    }

    private static void block(StringBuilder sb, Block b, Context ctx, int[] forms) {
        if (b instanceof Heading) {
            sb.append("<h3>").append(escape(((Heading) b).text())).append("</h3>\n");
        } else if (b instanceof Paragraph) {
            sb.append("<p>").append(escape(((Paragraph) b).text())).append("</p>\n");
        } else if (b instanceof Notice) {
            Notice n = (Notice) b;
            sb.append("<p class=\"neiqin-notice neiqin-").append(n.level().name().toLowerCase())
                    .append(n.level() == Notice.Level.ERROR ? " ui-state-error" : " ui-state-highlight")
                    .append("\">").append(escape(n.text())).append("</p>\n");
        } else if (b instanceof Links) {
            sb.append("<p class=\"neiqin-links\">");
            for (Link l : ((Links) b).links()) {
                sb.append("<a class=\"ui-button\" href=\"").append(href(l.href())).append("\">").append(escape(l.text()))
                        .append("</a> ");
            }
            sb.append("</p>\n");
        } else if (b instanceof Properties) {
            sb.append("<table class=\"nicetable neiqin-properties\">\n");
            for (Properties.Property p : ((Properties) b).rows()) {
                sb.append("<tr><th>").append(escape(p.name())).append("</th><td>").append(escape(p.value()))
                        .append("</td></tr>\n");
            }
            sb.append("</table>\n");
        } else if (b instanceof Table) {
            table(sb, (Table) b, ctx);
        } else if (b instanceof Form) {
            form(sb, (Form) b, ctx, ((Form) b).post() ? forms[0]++ : -1);
        } else if (b instanceof Chart) {
            chart(sb, (Chart) b);
        } else if (b instanceof AuditTrail) {
            table(sb, trail((AuditTrail) b, ctx), ctx);
        }
    }

    /** A history as a table, with the toolkit's own column names. */
    private static Table trail(AuditTrail t, Context ctx) {
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
    private static void chart(StringBuilder sb, Chart c) {
        BigDecimal max = BigDecimal.ZERO;
        for (Chart.Bar bar : c.bars()) {
            if (bar.value() != null && bar.value().compareTo(max) > 0) {
                max = bar.value();
            }
        }
        sb.append("<table class=\"nicetable neiqin-chart\" role=\"img\" aria-label=\"").append(escape(c.title()))
                .append("\">\n<caption>").append(escape(c.title())).append("</caption>\n");
        for (Chart.Bar bar : c.bars()) {
            BigDecimal v = bar.value() == null || bar.value().signum() < 0 ? BigDecimal.ZERO : bar.value();
            int percent = max.signum() == 0 ? 0 : v.multiply(BigDecimal.valueOf(100)).divide(max, 0, RoundingMode.HALF_UP)
                    .intValue();
            sb.append("<tr><th>").append(escape(bar.label())).append("</th><td style=\"width:60%\">")
                    .append("<div class=\"neiqin-bar\" style=\"background:#4a7ebb;height:1em;width:").append(percent)
                    .append("%\"></div></td><td>").append(escape(bar.text())).append("</td></tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void table(StringBuilder sb, Table t, Context ctx) {
        if (t.exportName() != null) {
            sb.append("<p><a class=\"ui-button neiqin-export\" href=\"").append(href(ctx.label() + "?"
                    + query(ctx.query(), "export", t.exportName()))).append("\">").append(escape(ctx.text().apply("toolkit.export")))
                    .append("</a> <a class=\"ui-button neiqin-export-xlsx\" href=\"").append(href(ctx.label() + "?"
                    + query(ctx.query(), "export", t.exportName()) + "&format=xlsx")).append("\">")
                    .append(escape(ctx.text().apply("toolkit.exportXlsx"))).append("</a></p>\n");
        }
        sb.append("<table class=\"nicetable neiqin-table\">\n<thead><tr>");
        for (String c : t.columns()) {
            sb.append("<th>").append(escape(c)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        if (t.rows().isEmpty()) {
            sb.append("<tr><td colspan=\"").append(t.columns().size()).append("\">")
                    .append(escape(ctx.text().apply("toolkit.empty"))).append("</td></tr>\n");
        }
        for (List<Cell> row : t.rows()) {
            sb.append("<tr>");
            for (Cell c : row) {
                sb.append("<td>");
                if (c.href() != null) {
                    sb.append("<a href=\"").append(href(c.href())).append("\">").append(escape(c.text())).append("</a>");
                } else {
                    sb.append(escape(c.text()));
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
                sb.append("<a href=\"").append(href(ctx.label() + "?" + query(ctx.query(), "page", String.valueOf(p.page() - 1))))
                        .append("\">").append(escape(ctx.text().apply("toolkit.previous"))).append("</a> ");
            }
            sb.append(escape(ctx.text().apply(p.exact() ? "toolkit.page" : "toolkit.pageAtLeast")
                    .replace("{0}", String.valueOf(p.page())).replace("{1}", String.valueOf(p.pages()))
                    .replace("{2}", String.valueOf(p.total()))));
            if (p.hasNext()) {
                sb.append(" <a href=\"").append(href(ctx.label() + "?" + query(ctx.query(), "page", String.valueOf(p.page() + 1))))
                        .append("\">").append(escape(ctx.text().apply("toolkit.next"))).append("</a>");
            }
            sb.append("</p>\n");
        }
    }

    private static void form(StringBuilder sb, Form f, Context ctx, int index) {
        String q = f.post() && ctx.actionQuery() != null && !ctx.actionQuery().isBlank() ? "?" + ctx.actionQuery() : "";
        boolean upload = f.post() && f.fields().stream().anyMatch(x -> x.type() == Field.Type.FILE);
        sb.append("<form class=\"neiqin-form\" method=\"").append(f.post() ? "post" : "get").append("\" action=\"")
                .append(href(ctx.label() + q)).append("\"").append(upload ? " enctype=\"multipart/form-data\"" : "")
                .append(">\n");
        Refill refill = ctx.refill() != null && f.post() && String.valueOf(index).equals(ctx.refill().posted.get(FORM_FIELD))
                ? ctx.refill() : null;
        Map<String, String> errors = new java.util.LinkedHashMap<>(f.errors());
        if (refill != null) {
            refill.used = true;
            // an error of a part of a field ("lines[2].quantity") stands beside the field ("lines")
            refill.errors.forEach((k, v) -> errors.merge(k.split("[\\[.]", 2)[0], v, (a, b) -> a + "; " + b));
            List<String> elsewhere = new ArrayList<>();
            errors.forEach((k, v) -> {
                if (f.fields().stream().noneMatch(x -> x.name().equals(k) && x.type() != Field.Type.HIDDEN)) {
                    elsewhere.add(v);
                }
            });
            if (!elsewhere.isEmpty()) {
                sb.append("<p class=\"neiqin-error ui-state-error\">").append(escape(String.join("; ", elsewhere)))
                        .append("</p>\n");
            }
        }
        if (f.post()) {
            sb.append("<input type=\"hidden\" name=\"").append(CSRF_FIELD).append("\" value=\"")
                    .append(escape(ctx.csrfToken())).append("\">\n");
            sb.append("<input type=\"hidden\" name=\"").append(FORM_FIELD).append("\" value=\"").append(index)
                    .append("\">\n");
        }
        for (Field drawn : f.fields()) {
            // the values sent, hidden ones too: a version kept as loaded still catches a change made meanwhile
            Field field = refill != null && refill.posted.containsKey(drawn.name())
                    ? new Field(drawn.name(), drawn.label(), drawn.type(), refill.posted.get(drawn.name()), drawn.options(),
                            drawn.required()) : drawn;
            String id = "f-" + escape(field.name());
            if (field.type() == Field.Type.HIDDEN) {
                sb.append("<input type=\"hidden\" name=\"").append(escape(field.name())).append("\" value=\"")
                        .append(escape(field.value())).append("\">\n");
                continue;
            }
            // a form that changes things: one field a line, labels in a column, so a long form (a customer card
            // has 50 fields) stays readable; a filter stays on one line above its list
            sb.append(f.post() ? "<p class=\"neiqin-field\">" : "<span class=\"neiqin-field\">");
            sb.append("<label for=\"").append(id).append("\"")
                    .append(f.post() ? " style=\"display:inline-block;min-width:14em;vertical-align:top\"" : "")
                    .append(">").append(escape(field.label()))
                    .append(field.required() ? " *" : "").append("</label> ");
            String req = field.required() ? " required" : "";
            switch (field.type()) {
                case TEXTAREA:
                    sb.append("<textarea rows=\"4\" cols=\"60\" id=\"").append(id).append("\" name=\"")
                            .append(escape(field.name())).append("\"")
                            .append(req).append(">").append(escape(field.value())).append("</textarea>");
                    break;
                case FILE:
                    // a browser never fills in a file for the user: a refused form asks for it again
                    sb.append("<input id=\"").append(id).append("\" type=\"file\" name=\"").append(escape(field.name()))
                            .append("\"").append(req).append(">");
                    break;
                case SELECT:
                    sb.append("<select id=\"").append(id).append("\" name=\"").append(escape(field.name())).append("\"")
                            .append(req).append(">");
                    for (Field.Option o : field.options()) {
                        sb.append("<option value=\"").append(escape(o.value())).append("\"")
                                .append(o.value().equals(field.value()) ? " selected" : "").append(">")
                                .append(escape(o.label())).append("</option>");
                    }
                    sb.append("</select>");
                    break;
                default:
                    String type = field.type() == Field.Type.NUMBER ? "number" : field.type() == Field.Type.DATE ? "date" : "text";
                    sb.append("<input id=\"").append(id).append("\" type=\"").append(type).append("\" name=\"")
                            .append(escape(field.name())).append("\" value=\"").append(escape(field.value())).append("\"")
                            .append(req).append(">");
            }
            String err = errors.get(field.name());
            if (err != null) {
                sb.append(" <span class=\"neiqin-error ui-state-error\">").append(escape(err)).append("</span>");
            }
            sb.append(f.post() ? "</p>\n" : "</span>\n");
        }
        sb.append("<button type=\"submit\" class=\"ui-button\">").append(escape(f.submitLabel())).append("</button>\n</form>\n");
    }

    /** @return the current query with {@code name} set to {@code value} (and paging reset when filters change). */
    static String query(Map<String, List<String>> current, String name, String value) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, List<String>> e : current.entrySet()) {
            if (e.getKey().equals(name) || e.getKey().equals(CSRF_FIELD) || e.getKey().equals("export")
                    || e.getKey().equals("format")) {
                continue;
            }
            for (String v : e.getValue()) {
                sb.append(enc(e.getKey())).append('=').append(enc(v)).append('&');
            }
        }
        return sb.append(enc(name)).append('=').append(enc(value)).toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
