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
    /** What every answer of the page carries: its context for the renderer, the language switch, the CSRF token. */
    private final transient PageChrome chrome;
    private final transient Lookups lookups;
    /** The language of the request being served, for the title the console's header shows. */
    private final transient ThreadLocal<Locale> serving = new ThreadLocal<>();

    public PagePlugin(ConsolePage page, Messages pageMessages, Messages toolkitMessages, Menu menu,
            SecurityServiceImpl security, java.util.function.Supplier<AuditService> audit, ConsoleSigner signer,
            Lookups lookups) {
        this.signer = signer;
        this.chrome = new PageChrome(page.label(), pageMessages, toolkitMessages, menu, security, signer, lookups);
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
                    chrome.context(req, locale, toolkitMessages.get(locale, "toolkit.forbidden", page.permission()))));
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
                    Refusals.text(view, n, toolkitMessages.get(locale, "toolkit.invalidQuery"))), new org.neiqin.api.console.Links(List.of(
                            new org.neiqin.api.console.Link(getTitle(), page.label()))));
        }
        res.getWriter().print(chrome.languageSwitch(req, locale) + Html.render(shown, chrome.context(req, locale, flash)));
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
                pw.print(chrome.languageSwitch(req, locale) + Html.render(a.result(), chrome.context(req, locale, a.message())));
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
            flash(req, res, Refusals.text(view, n, toolkitMessages.get(locale, "toolkit.invalid")));
            target = page.label() + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
        }
        res.sendRedirect(req.getContextPath() + req.getServletPath() + "/" + target);
    }

    /** A user's mistake is one line of the log, at INFO; a fault keeps its stack (it is not caught here). */
    private void refused(NeiqinException n) {
        LOG.info("Refused on {} ({} {}): {}", page.label(), n.status(), n.code(), n.getMessage());
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
        invalid.errors().forEach(f -> errors.merge(f.field(), Refusals.fieldText(view, f), (a, b) -> a + "; " + b));
        Html.Refill refill = new Html.Refill(posted, errors);
        Page shown;
        try {
            shown = security.runAs(actor, () -> page.render(view));
        } catch (RuntimeException e) {
            return false;
        }
        Html.Context ctx = chrome.context(req, locale, toolkitMessages.get(locale, "toolkit.invalidForm")).withRefill(refill);
        String body = Html.render(shown, ctx);
        if (!refill.used()) {
            return false;
        }
        java.io.PrintWriter pw = startResponse(req, res);
        renderTopNavigation(req, pw);
        pw.print(chrome.languageSwitch(req, locale) + body);
        endResponse(pw);
        return true;
    }

    /** The message the page shows after the redirect, sealed in a cookie (it may be shown by another node). */
    private void flash(HttpServletRequest req, HttpServletResponse res, String message) {
        if (message != null) {
            ConsoleRequests.cookie(req, res, ConsoleRequests.FLASH, signer.seal(message), 300);
        }
    }

}
