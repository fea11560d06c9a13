package org.neiqin.core.internal.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neiqin.api.console.AuditTrail;
import org.neiqin.api.console.Block;
import org.neiqin.api.console.Chart;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
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
        final Map<String, String> posted;
        final Map<String, String> errors;
        boolean used;

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
            TableHtml.table(sb, (Table) b, ctx);
        } else if (b instanceof Form) {
            FormHtml.form(sb, (Form) b, ctx, ((Form) b).post() ? forms[0]++ : -1);
        } else if (b instanceof Chart) {
            TableHtml.chart(sb, (Chart) b);
        } else if (b instanceof AuditTrail) {
            TableHtml.table(sb, TableHtml.trail((AuditTrail) b, ctx), ctx);
        }
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
