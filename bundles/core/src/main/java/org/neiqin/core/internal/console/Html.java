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
            Function<java.time.Instant, String> time, java.util.function.BiFunction<String, String, String> shown,
            Names names) {
        public Context(String label, String csrfToken, Map<String, List<String>> query, String flash,
                Function<String, String> text) {
            this(label, csrfToken, query, flash, text, null, null, java.time.Instant::toString, (lookup, key) -> key,
                    Names.AS_STORED);
        }

        /** @return the context with POST forms sent to the page under this query (the view they were drawn in). */
        public Context withActionQuery(String q) {
            return new Context(label, csrfToken, query, flash, text, q, refill, time, shown, names);
        }

        /** @return the context of a page drawn again after its form was rejected. */
        public Context withRefill(Refill r) {
            return new Context(label, csrfToken, query, flash, text, actionQuery, r, time, shown, names);
        }

        /** @return the context showing instants (a history's) as {@code time} writes them: the company's zone */
        public Context withTime(Function<java.time.Instant, String> t) {
            return new Context(label, csrfToken, query, flash, text, actionQuery, refill, t, shown, names);
        }

        /** @return the context naming a history's fields and stored codes as the page's module does */
        public Context withNames(Names n) {
            return new Context(label, csrfToken, query, flash, text, actionQuery, refill, time, shown, n);
        }

        /** @return the context showing a lookup field's chosen record as {@code s} reads it (lookup name, key) */
        public Context withLookups(java.util.function.BiFunction<String, String, String> s) {
            return new Context(label, csrfToken, query, flash, text, actionQuery, refill, time, s, names);
        }
    }

    /** How a history names what it stored: a field by its label, a stored code (an enum's) by its words. */
    public interface Names {
        Names AS_STORED = new Names() {
            @Override
            public String field(String name) { return name; }

            @Override
            public String value(String code) { return code; }

            @Override
            public String person(String login) { return login; }
        };

        /** @return the label of field {@code name} in the reader's language, else the name */
        String field(String name);

        /** @return the words for a stored code ({@code EFFECTIVE} → "in force"), else the code */
        String value(String code);

        /** @return the person behind a login as the office calls them, else the login */
        String person(String login);
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
        return org.neiqin.api.console.HtmlText.escape(value);
    }

    /** @return a safe console-relative href: a page label with an optional query, or "#" for anything else. */
    public static String href(String target) {
        if (target == null || !target.matches("neiqin[a-z0-9-]*(\\?[^\\s\"'<>]*)?")) {
            return "#";
        }
        return escape(target);
    }

    /**
     * Neiqin's stylesheet, sent with every page: its own type, tables, facts in columns, forms laid out in
     * columns, badges, progress; printing leaves out the console's menus, the language switch, links and
     * forms, and a page opened with {@code print=…} (a module's print view) starts each section on a sheet.
     */
    static final String STYLE = "<style>" + resource("/console/neiqin.css") + "</style>\n";

    /** Neiqin's own script (grids, lookups), sent with the pages that use it. */
    static final String SCRIPT = resource("/console/neiqin.js");

    private static String resource(String path) {
        try (java.io.InputStream in = Html.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from core");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static String render(Page page, Context ctx) {
        boolean print = ctx.query() != null && ctx.query().containsKey("print");
        StringBuilder sb = new StringBuilder(STYLE).append("<div class=\"neiqin").append(print ? " neiqin-print" : "")
                .append("\">\n");
        sb.append("<h2 class=\"neiqin-title\">").append(escape(page.title())).append("</h2>\n");
        if (ctx.flash() != null) {
            sb.append("<p class=\"neiqin-flash ui-state-highlight\" role=\"status\">").append(escape(ctx.flash()))
                    .append("</p>\n");
        }
        int[] forms = {0};
        boolean steps = false;
        for (Block b : page.blocks()) {
            // steps that follow one another (a button each) stand together in one row
            boolean step = b instanceof Form && isStep((Form) b);
            if (step != steps) {
                sb.append(step ? "<div class=\"neiqin-steps\">\n" : "</div>\n");
                steps = step;
            }
            block(sb, b, ctx, forms);
        }
        if (steps) {
            sb.append("</div>\n");
        }
        sb.append("</div>\n");
        if (sb.indexOf("<table class=\"neiqin-grid\"") >= 0 || sb.indexOf("class=\"neiqin-lookup\"") >= 0) {
            sb.append("<script>").append(SCRIPT).append("</script>\n");
        }
        return sb.toString();
    }

    /** @return whether the form is a step: sent as it is, without a field to fill in */
    static boolean isStep(Form f) {
        return f.post() && f.fields().stream().allMatch(x -> x.type() == org.neiqin.api.console.Field.Type.HIDDEN);
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
            // label over value, in as many columns as the page is wide
            sb.append("<dl class=\"neiqin-facts neiqin-properties\">\n");
            for (Properties.Property p : ((Properties) b).rows()) {
                sb.append("<div><dt>").append(escape(p.name())).append("</dt><dd>").append(escape(p.value()))
                        .append("</dd></div>\n");
            }
            sb.append("</dl>\n");
        } else if (b instanceof Table) {
            TableHtml.table(sb, (Table) b, ctx);
        } else if (b instanceof Form) {
            FormHtml.form(sb, (Form) b, ctx, ((Form) b).post() ? forms[0]++ : -1);
        } else if (b instanceof Chart) {
            TableHtml.chart(sb, (Chart) b);
        } else if (b instanceof org.neiqin.api.console.RecordHeader) {
            org.neiqin.api.console.RecordHeader h = (org.neiqin.api.console.RecordHeader) b;
            sb.append("<div class=\"neiqin-header\"><span class=\"neiqin-figure\"><span>&nbsp;</span><strong>")
                    .append(escape(h.number())).append("</strong>");
            if (h.state() != null) {
                sb.append(" <span class=\"neiqin-badge neiqin-tone-").append(h.tone().name().toLowerCase(java.util.Locale.ROOT))
                        .append("\" style=\"display:inline-block\">").append(escape(h.state())).append("</span>");
            }
            sb.append("</span>");
            for (Properties.Property p : h.figures()) {
                sb.append("<span class=\"neiqin-figure\"><span>").append(escape(p.name())).append("</span><strong>")
                        .append(escape(p.value())).append("</strong></span>");
            }
            sb.append("</div>\n");
        } else if (b instanceof org.neiqin.api.console.Timeline) {
            sb.append("<ol class=\"neiqin-timeline\">");
            for (org.neiqin.api.console.Timeline.Step st : ((org.neiqin.api.console.Timeline) b).steps()) {
                sb.append("<li class=\"").append(st.done() ? "neiqin-done" : "neiqin-todo").append(st.late() ? " neiqin-late" : "")
                        .append("\"><b>").append(escape(st.label())).append("</b>");
                if (st.who() != null) {
                    sb.append(escape(st.who())).append("<br>");
                }
                if (st.when() != null) {
                    sb.append(escape(st.when()));
                }
                sb.append("</li>");
            }
            sb.append("</ol>\n");
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
