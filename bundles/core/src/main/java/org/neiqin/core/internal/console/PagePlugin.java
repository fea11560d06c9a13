package org.neiqin.core.internal.console;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.felix.webconsole.AbstractWebConsolePlugin;
import org.neiqin.api.audit.AuditService;
import org.neiqin.api.console.Action;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Page;
import org.neiqin.api.error.NeiqinException;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.security.Actor;
import org.neiqin.core.internal.db.Failures;
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
    /** The parameter a lookup field's script asks any page with: {@code ?lookup=customer&q=…}. */
    static final String LOOKUP = "lookup";

    private final transient ConsolePage page;
    private final transient Messages pageMessages;
    private final transient Messages toolkitMessages;
    private final transient SecurityServiceImpl security;
    /** The audit trail, while the database is reachable: no export leaves without its entry. */
    private final transient java.util.function.Supplier<AuditService> audit;
    private final transient Menu menu;
    private final transient ConsoleSigner signer;
    private final transient Lookups lookups;
    /** The language of the request being served, for the title the console's header shows. */
    private final transient ThreadLocal<Locale> serving = new ThreadLocal<>();

    public PagePlugin(ConsolePage page, Messages pageMessages, Messages toolkitMessages, Menu menu,
            SecurityServiceImpl security, java.util.function.Supplier<AuditService> audit, ConsoleSigner signer,
            Lookups lookups) {
        this.signer = signer;
        this.lookups = lookups;
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
        Locale locale = ConsoleRequests.locale(req);
        serving.set(locale);
        if (req.getParameter("lang") != null) {
            ConsoleRequests.cookie(req, res, ConsoleRequests.LANG, locale.toLanguageTag(), 365 * 24 * 3600);
        }
        String flash = ConsoleRequests.cookie(req, ConsoleRequests.FLASH);
        if (flash != null && "GET".equals(req.getMethod())) {
            // shown once, by whichever node this GET reached
            req.setAttribute(ConsoleRequests.FLASH, signer.open(flash));
            ConsoleRequests.cookie(req, res, ConsoleRequests.FLASH, "", 0);
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
    protected void renderTopNavigation(HttpServletRequest req, java.io.PrintWriter pw) {
        pw.print(MenuHtml.render(req, page.label(), menu, security, toolkitMessages));
    }

    @Override
    public String getCategory() { return CATEGORY; }

    @Override
    protected boolean isHtmlRequest(HttpServletRequest request) {
        return request.getParameter("export") == null && request.getParameter(LOOKUP) == null;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws javax.servlet.ServletException, IOException {
        Actor actor = ConsoleRequests.actor(req);
        if (actor == null || !security.isPermitted(actor, page.permission())) {
            res.setStatus(HttpServletResponse.SC_FORBIDDEN);
        }
        super.doGet(req, res);
    }

    @Override
    protected void renderContent(HttpServletRequest req, HttpServletResponse res) throws IOException {
        Actor actor = ConsoleRequests.actor(req);
        Locale locale = ConsoleRequests.locale(req);
        if (actor == null || !security.isPermitted(actor, page.permission())) {
            res.getWriter().print(Html.render(Page.of(toolkitMessages.get(locale, "toolkit.forbidden.title")),
                    context(req, locale, toolkitMessages.get(locale, "toolkit.forbidden", page.permission()))));
            return;
        }
        if (req.getParameter(LOOKUP) != null) {
            lookups.answer(req.getParameter(LOOKUP), req.getParameter("q"), actor, security, res);
            return;
        }
        RequestView view = new RequestView(req, actor, locale, pageMessages, menu);
        if (!isHtmlRequest(req)) {
            TableExport.write(req, res, actor, view, page, security, audit);
            return;
        }
        String flash = ConsoleRequests.takeFlash(req);
        Page shown;
        try {
            shown = security.runAs(actor, () -> page.render(view));
        } catch (RuntimeException e) {
            NeiqinException n = Failures.translate(e).orElseThrow(() -> e);
            refused(n);
            // a refused query (a list parameter typed by hand, a missing record): what was wrong, in the
            // reader's language, and the way back to the page as it opens
            shown = Page.of(getTitle(), new org.neiqin.api.console.Notice(org.neiqin.api.console.Notice.Level.ERROR,
                    refusal(view, n, locale, "toolkit.invalidQuery")), new org.neiqin.api.console.Links(List.of(
                            new org.neiqin.api.console.Link(getTitle(), page.label()))));
        }
        res.getWriter().print(languageSwitch(req, locale) + Html.render(shown, context(req, locale, flash)));
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
        Actor actor = ConsoleRequests.actor(req);
        Locale locale = ConsoleRequests.locale(req);
        if (actor == null || !security.isPermitted(actor, page.permission())) {
            res.sendError(HttpServletResponse.SC_FORBIDDEN, "you may not use this page");
            return;
        }
        String refusal = ConsoleRequests.csrfRefusal(req, signer);
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
            refused(n);
            if (n instanceof ValidationException && redraw(req, res, actor, locale, view, (ValidationException) n)) {
                return;
            }
            flash(req, res, refusal(view, n, locale, "toolkit.invalid"));
            target = page.label() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        }
        res.sendRedirect(req.getContextPath() + req.getServletPath() + "/" + target);
    }

    /**
     * @return a field's error in the reader's words: the field named by its label ({@code field.<name>}
     *         of the page's module, e.g. "招标单位 为必填项", not the Java field's name), where the module has one
     */
    private static String fieldText(RequestView view, org.neiqin.api.error.FieldError f) {
        String name = f.field();
        String last = lastPart(name);
        String label = fieldLabel(view, name);
        org.neiqin.api.error.Text t = f.text();
        if (label.equals(name) || t.key() == null) {
            return view.text(t);
        }
        Object[] args = t.args();
        for (int i = 0; i < args.length; i++) {
            if (name.equals(args[i]) || last.equals(args[i])) {
                args[i] = label;
            }
        }
        return view.text(org.neiqin.api.error.Text.of(t.key(), t.english(), args));
    }

    /** @return the field's label in the page's module ({@code field.<name>}), else its name */
    private static String fieldLabel(RequestView view, String name) {
        String key = "field." + lastPart(name);
        String label = view.msg(key);
        return label.equals(key) ? name : label;
    }

    /** @return {@code quantity} of {@code lines[2].quantity} */
    private static String lastPart(String name) {
        return name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf(']')) + 1);
    }

    /** A user's mistake is one line of the log, at INFO; a fault keeps its stack (it is not caught here). */
    private void refused(NeiqinException n) {
        LOG.info("Refused on {} ({} {}): {}", page.label(), n.status(), n.code(), n.getMessage());
    }

    /** @return a refusal in the reader's language: each field's error for bad input, else the message */
    private String refusal(RequestView view, NeiqinException n, Locale locale, String lead) {
        if (n instanceof ValidationException) {
            List<String> lines = new ArrayList<>();
            ((ValidationException) n).errors().forEach(f -> {
                String text = fieldText(view, f);
                String label = fieldLabel(view, f.field());
                lines.add(text.contains(label) ? text : label + ": " + text);
            });
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
        invalid.errors().forEach(f -> errors.merge(f.field(), fieldText(view, f), (a, b) -> a + "; " + b));
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

    private Html.Context context(HttpServletRequest req, Locale locale, String flash) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> query.put(k, List.of(v)));
        Actor actor = ConsoleRequests.actor(req);
        return new Html.Context(page.label(), csrfToken(req), query, flash, key -> toolkitMessages.get(locale, key))
                .withActionQuery(req.getQueryString()).withTime(menu::time)
                .withLookups((lookup, key) -> lookups.shown(lookup, key, actor, security))
                .withNames(new Html.Names() {
                    @Override
                    public String field(String name) {
                        String label = pageMessages.find(locale, "field." + name);
                        if (label == null) {
                            label = toolkitMessages.find(locale, "field." + name);
                        }
                        return label != null ? label : name;
                    }

                    @Override
                    public String value(String code) {
                        String words = pageMessages.enumCode(locale, code);
                        if (words == null) {
                            words = toolkitMessages.enumCode(locale, code);
                        }
                        return words != null ? words : code;
                    }

                    @Override
                    public String person(String login) {
                        return menu.person(login);
                    }
                });
    }

    private String languageSwitch(HttpServletRequest req, Locale locale) {
        boolean zh = locale.equals(Messages.CHINESE);
        // the same page in the other language: the record, filters and page it shows are kept
        // (from the address only: a form just posted is not sent again)
        Map<String, List<String>> query = new LinkedHashMap<>();
        String qs = req.getQueryString();
        for (String pair : qs == null ? new String[0] : qs.split("&")) {
            if (!pair.isEmpty()) {
                String[] kv = pair.split("=", 2);
                query.computeIfAbsent(decode(kv[0]), k -> new java.util.ArrayList<>()).add(kv.length > 1 ? decode(kv[1]) : "");
            }
        }
        return "<p class=\"neiqin-lang\" style=\"float:right\"><a href=\"" + Html.href(page.label() + "?"
                + Html.query(query, "lang", zh ? "en" : "zh")) + "\">" + (zh ? "English" : "中文") + "</a></p>\n";
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    private String csrfToken(HttpServletRequest req) {
        Actor actor = ConsoleRequests.actor(req);
        return signer.csrf(actor == null ? "" : actor.name());
    }

    /** The message the page shows after the redirect, sealed in a cookie (it may be shown by another node). */
    private void flash(HttpServletRequest req, HttpServletResponse res, String message) {
        if (message != null) {
            ConsoleRequests.cookie(req, res, ConsoleRequests.FLASH, signer.seal(message), 300);
        }
    }

}
