package org.neiqin.core.internal.console;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.felix.webconsole.AbstractWebConsolePlugin;
import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditService;
import org.neiqin.api.console.Action;
import org.neiqin.api.console.Block;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Table;
import org.neiqin.api.error.NeiqinException;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.security.Actor;
import org.neiqin.core.internal.db.Failures;
import org.neiqin.core.internal.security.Jaas;
import org.neiqin.core.internal.security.SecurityServiceImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web console plugin behind one {@link ConsolePage}: authorisation, language, CSRF and origin
 * checks, post/redirect/get with one-time messages, CSV export (audited), errors as messages.
 */
public class PagePlugin extends AbstractWebConsolePlugin {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PagePlugin.class);
    static final String CATEGORY = "Neiqin";
    /** Cookies, not the HTTP session: any node behind a load balancer reads them (no sticky sessions). */
    private static final String FLASH = "neiqin.flash";
    private static final String LANG = "neiqin.lang";

    private final transient ConsolePage page;
    private final transient Messages pageMessages;
    private final transient Messages toolkitMessages;
    private final transient SecurityServiceImpl security;
    /** The audit trail, while the database is reachable: no export leaves without its entry. */
    private final transient java.util.function.Supplier<AuditService> audit;
    private final transient Menu menu;
    private final transient ConsoleSigner signer;
    /** The language of the request being served, for the title the console's header shows. */
    private final transient ThreadLocal<Locale> serving = new ThreadLocal<>();

    public PagePlugin(ConsolePage page, Messages pageMessages, Messages toolkitMessages, Menu menu,
            SecurityServiceImpl security, java.util.function.Supplier<AuditService> audit, ConsoleSigner signer) {
        this.signer = signer;
        this.page = page;
        this.pageMessages = pageMessages;
        this.toolkitMessages = toolkitMessages;
        this.menu = menu;
        this.security = security;
        this.audit = audit;
    }

    @Override
    public String getLabel() { return page.label(); }

    @Override
    public String getTitle() {
        Locale l = serving.get();
        return l == null ? page.title() : new Menu.Entry(page, pageMessages).title(l);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse res) throws javax.servlet.ServletException,
            IOException {
        Locale locale = locale(req);
        serving.set(locale);
        if (req.getParameter("lang") != null) {
            cookie(req, res, LANG, locale.toLanguageTag(), 365 * 24 * 3600);
        }
        String flash = cookie(req, FLASH);
        if (flash != null && "GET".equals(req.getMethod())) {
            // shown once, by whichever node this GET reached
            req.setAttribute(FLASH, signer.open(flash));
            cookie(req, res, FLASH, "", 0);
        }
        try {
            super.service(req, res);
        } finally {
            serving.remove();
        }
    }

    /**
     * The menu: the Neiqin pages this user may open, in the pages' order and the user's language;
     * Karaf's own categories only for Karaf's administrators.
     */
    @Override
    @SuppressWarnings("unchecked")
    protected void renderTopNavigation(HttpServletRequest req, java.io.PrintWriter pw) {
        Actor actor = actor(req);
        Locale locale = locale(req);
        String appRoot = (String) req.getAttribute(org.apache.felix.webconsole.WebConsoleConstants.ATTR_APP_ROOT);
        StringBuilder sb = new StringBuilder("<ul id=\"navmenu\" class=\"neiqin-menu\">\n");
        for (Menu.Entry e : menu.entries(actor, security)) {
            String label = e.page().label();
            sb.append("<li class=\"navMenuItem-0").append(label.equals(page.label()) ? " neiqin-current" : "")
                    .append("\"><a href=\"").append(Html.escape(appRoot)).append('/').append(Html.escape(label))
                    .append("\">").append(Html.escape(e.title(locale))).append("</a></li>\n");
        }
        Object karaf = req.getAttribute(org.apache.felix.webconsole.WebConsoleConstants.ATTR_LABEL_MAP + ".categorized");
        if (actor != null && actor.hasRole(org.neiqin.api.security.Roles.KARAF_ADMIN) && karaf instanceof Map) {
            java.util.TreeMap<String, Object> sorted = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            ((Map<String, Object>) karaf).forEach(sorted::put);
            for (Map.Entry<String, Object> c : sorted.entrySet()) {
                if (c.getKey().equals("category." + CATEGORY) || !(c.getValue() instanceof Map)) {
                    continue;
                }
                sb.append("<li class=\"navMenuItem-0\"><a href=\"#\">")
                        .append(Html.escape(c.getKey().substring(c.getKey().indexOf('.') + 1)))
                        .append("</a>\n<ul class=\"navMenuLevel-1\">\n");
                java.util.TreeMap<String, String> items = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                ((Map<String, Object>) c.getValue()).forEach((l, t) -> items.put(String.valueOf(t), l));
                items.forEach((title, label) -> sb.append("<li class=\"navMenuItem-1\"><a href=\"")
                        .append(Html.escape(appRoot)).append('/').append(Html.escape(label)).append("\">")
                        .append(Html.escape(title)).append("</a></li>\n"));
                sb.append("</ul></li>\n");
            }
        }
        sb.append("<li class=\"logoutButton navMenuItem-0\"><a href=\"").append(Html.escape(appRoot)).append("/logout\">")
                .append(Html.escape(toolkitMessages.get(locale, "menu.logout"))).append("</a></li>\n</ul>\n");
        pw.print(sb);
    }

    @Override
    public String getCategory() { return CATEGORY; }

    @Override
    protected boolean isHtmlRequest(HttpServletRequest request) {
        return request.getParameter("export") == null;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws javax.servlet.ServletException, IOException {
        Actor actor = actor(req);
        if (actor == null || !security.isPermitted(actor, page.permission())) {
            res.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        super.doGet(req, res);
    }

    @Override
    protected void renderContent(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Actor actor = actor(req);
        Locale locale = locale(req);
        if (actor == null || !security.isPermitted(actor, page.permission())) {
            res.getWriter().print(Html.render(Page.of(toolkitMessages.get(locale, "toolkit.forbidden.title")),
                    context(req, locale, toolkitMessages.get(locale, "toolkit.forbidden", page.permission()))));
            return;
        }
        RequestView view = new RequestView(req, actor, locale, pageMessages, menu);
        if (!isHtmlRequest(req)) {
            export(req, res, actor, view);
            return;
        }
        String flash = takeFlash(req);
        Page shown;
        try {
            shown = security.runAs(actor, () -> page.render(view));
        } catch (RuntimeException e) {
            NeiqinException n = Failures.translate(e).orElseThrow(() -> e);
            // a refused query (a list parameter typed by hand, a missing record): what was wrong, in the
            // reader's language, and the way back to the page as it opens
            shown = Page.of(getTitle(), new org.neiqin.api.console.Notice(org.neiqin.api.console.Notice.Level.ERROR,
                    refusal(view, n, locale, "toolkit.invalidQuery")), new org.neiqin.api.console.Links(List.of(
                            new org.neiqin.api.console.Link(getTitle(), page.label()))));
        }
        res.getWriter().print(languageSwitch(req, locale) + Html.render(shown, context(req, locale, flash)));
    }

    /** A table as CSV, or as an Excel workbook with {@code format=xlsx}: the same rows, audited alike. */
    private void export(HttpServletRequest req, HttpServletResponse res, Actor actor, RequestView view) throws IOException {
        boolean xlsx = "xlsx".equals(req.getParameter("format"));
        if (req.getParameter("format") != null && !xlsx && !"csv".equals(req.getParameter("format"))) {
            res.sendError(HttpServletResponse.SC_BAD_REQUEST, "format is csv or xlsx");
            return;
        }
        String extension = xlsx ? ".xlsx" : ".csv";
        RequestView all = view.forExport();
        Table table = security.runAs(actor, () -> {
            Page p = page.render(all);
            for (Block b : p.blocks()) {
                if (b instanceof Table && req.getParameter("export").equals(((Table) b).exportName())) {
                    Table t = (Table) b;
                    AuditService trail = audit.get();
                    if (trail == null) {
                        throw new IllegalStateException("the audit trail cannot be reached, so nothing is exported");
                    }
                    trail.record("core", "console-export", page.label(), AuditAction.EXPORT, null,
                            Map.of("file", t.exportName() + extension, "rows", t.rows().size(),
                                    "query", String.valueOf(req.getQueryString())));
                    return t;
                }
            }
            return null;
        });
        if (table == null) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND, "nothing to export here");
            return;
        }
        res.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                : "text/csv; charset=UTF-8");
        res.setHeader("Content-Disposition", "attachment; filename=\"" + table.exportName().replaceAll("[^A-Za-z0-9._-]", "_")
                + extension + "\"");
        if (xlsx) {
            Xlsx.write(table, table.exportName(), res.getOutputStream());
        } else {
            res.getOutputStream().write(Csv.of(table).getBytes(StandardCharsets.UTF_8));
        }
    }

    @Override
    protected void doPost(HttpServletRequest sent, HttpServletResponse res) throws IOException {
        HttpServletRequest req = sent;
        if (Multipart.is(sent)) {
            try {
                req = Multipart.read(sent);
            } catch (ValidationException e) {
                res.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
                return;
            }
        }
        Actor actor = actor(req);
        Locale locale = locale(req);
        if (actor == null || !security.isPermitted(actor, page.permission())) {
            res.sendError(HttpServletResponse.SC_FORBIDDEN, "you may not use this page");
            return;
        }
        String refusal = csrfRefusal(req);
        if (refusal != null) {
            LOG.warn("Refused a POST to {} by {}: {}", page.label(), actor.name(), refusal);
            res.sendError(HttpServletResponse.SC_FORBIDDEN, refusal);
            return;
        }
        RequestView view = new RequestView(req, actor, locale, pageMessages, menu);
        String target = page.label();
        try {
            Action a = security.runAs(actor, () -> page.submit(view));
            if (a.result() != null) {
                java.io.PrintWriter pw = startResponse(req, res);
                renderTopNavigation(req, pw);
                pw.print(languageSwitch(req, locale) + Html.render(a.result(), context(req, locale, a.message())));
                endResponse(pw);
                return;
            }
            if (a.target() != null && !"#".equals(Html.href(a.target()))) {
                target = a.target();
            }
            flash(req, res, a.message());
        } catch (RuntimeException e) {
            // a stale version or a lock met deep in the provider is told like any refusal, as REST does
            NeiqinException n = Failures.translate(e).orElseThrow(() -> e);
            if (n instanceof ValidationException && redraw(req, res, actor, locale, view, (ValidationException) n)) {
                return;
            }
            flash(req, res, refusal(view, n, locale, "toolkit.invalid"));
            target = page.label() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        }
        res.sendRedirect(req.getContextPath() + req.getServletPath() + "/" + target);
    }

    /** @return a refusal in the reader's language: each field's error for bad input, else the message */
    private String refusal(RequestView view, NeiqinException n, Locale locale, String lead) {
        if (n instanceof ValidationException) {
            List<String> lines = new ArrayList<>();
            ((ValidationException) n).errors().forEach(f -> lines.add(f.field() + ": " + view.text(f.text())));
            return toolkitMessages.get(locale, lead) + " " + String.join("; ", lines);
        }
        return view.text(n.text());
    }

    /**
     * A rejected form comes back as the user filled it: the page is drawn again for the same query,
     * the form that was sent holds the values typed, and each field's error stands beside it.
     *
     * @return false when the page no longer shows the form that was sent (the caller then tells the
     *         errors in a message)
     */
    private boolean redraw(HttpServletRequest req, HttpServletResponse res, Actor actor, Locale locale, RequestView view,
            ValidationException invalid) throws IOException {
        Map<String, String> posted = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> posted.put(k, v.length == 0 ? "" : v[0]));
        Map<String, String> errors = new LinkedHashMap<>();
        invalid.errors().forEach(f -> errors.merge(f.field(), view.text(f.text()), (a, b) -> a + "; " + b));
        Html.Refill refill = new Html.Refill(posted, errors);
        Page shown;
        try {
            shown = security.runAs(actor, () -> page.render(view));
        } catch (RuntimeException e) {
            return false;
        }
        Html.Context ctx = context(req, locale, toolkitMessages.get(locale, "toolkit.invalidForm")).withRefill(refill);
        String body = Html.render(shown, ctx);
        if (!refill.used()) {
            return false;
        }
        java.io.PrintWriter pw = startResponse(req, res);
        renderTopNavigation(req, pw);
        pw.print(languageSwitch(req, locale) + body);
        endResponse(pw);
        return true;
    }

    /** @return why the POST is refused, or null: the user's signed token must come back, from our own origin. */
    String csrfRefusal(HttpServletRequest req) {
        Actor actor = actor(req);
        if (actor == null || !signer.isCsrf(actor.name(), req.getParameter(Html.CSRF_FIELD))) {
            return "missing or wrong CSRF token; reload the page and try again";
        }
        String origin = req.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            origin = req.getHeader("Referer");
        }
        if (origin == null) {
            return "the request names no Origin";
        }
        try {
            URI o = URI.create(origin);
            String host = req.getHeader("Host");
            if (host == null || !host.equalsIgnoreCase(o.getRawAuthority())) {
                return "cross-origin request from " + origin;
            }
        } catch (IllegalArgumentException e) {
            return "unreadable Origin " + origin;
        }
        return null;
    }

    private Html.Context context(HttpServletRequest req, Locale locale, String flash) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> query.put(k, List.of(v)));
        return new Html.Context(page.label(), csrfToken(req), query, flash, key -> toolkitMessages.get(locale, key))
                .withActionQuery(req.getQueryString()).withTime(menu::time);
    }

    private String languageSwitch(HttpServletRequest req, Locale locale) {
        boolean zh = locale.equals(Messages.CHINESE);
        return "<p class=\"neiqin-lang\" style=\"float:right\"><a href=\"" + Html.href(page.label() + "?lang="
                + (zh ? "en" : "zh")) + "\">" + (zh ? "English" : "中文") + "</a></p>\n";
    }

    private String csrfToken(HttpServletRequest req) {
        Actor actor = actor(req);
        return signer.csrf(actor == null ? "" : actor.name());
    }

    /** The message the page shows after the redirect, sealed in a cookie (it may be shown by another node). */
    private void flash(HttpServletRequest req, HttpServletResponse res, String message) {
        if (message != null) {
            cookie(req, res, FLASH, signer.seal(message), 300);
        }
    }

    private static String takeFlash(HttpServletRequest req) {
        return (String) req.getAttribute(FLASH);
    }

    private static String cookie(HttpServletRequest req, String name) {
        javax.servlet.http.Cookie[] all = req.getCookies();
        if (all != null) {
            for (javax.servlet.http.Cookie c : all) {
                if (name.equals(c.getName())) {
                    return c.getValue();
                }
            }
        }
        return null;
    }

    /** Sets a console cookie (0 seconds: removes it); the servlet API has no SameSite, so the header is written. */
    private static void cookie(HttpServletRequest req, HttpServletResponse res, String name, String value, int seconds) {
        String path = req.getContextPath() + req.getServletPath();
        res.addHeader("Set-Cookie", name + "=" + value + "; Path=" + (path.isEmpty() ? "/" : path) + "; Max-Age="
                + seconds + "; HttpOnly; SameSite=Lax");
    }

    /** Language: {@code ?lang=zh|en} (remembered in a cookie), else the browser's first choice. */
    static Locale locale(HttpServletRequest req) {
        String lang = req.getParameter("lang");
        if (lang == null) {
            lang = cookie(req, LANG);
        }
        return lang != null ? Messages.supported(Locale.forLanguageTag(lang)) : Messages.supported(req.getLocale());
    }

    private static Actor actor(HttpServletRequest req) {
        Object subject = req.getAttribute(ConsoleSecurityProvider.SUBJECT_ATTRIBUTE);
        return subject instanceof javax.security.auth.Subject
                ? Jaas.actor((javax.security.auth.Subject) subject).orElse(null) : null;
    }
}
