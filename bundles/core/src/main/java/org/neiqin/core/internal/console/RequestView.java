package org.neiqin.core.internal.console;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;

import org.neiqin.api.console.PageRequest;
import org.neiqin.api.security.Actor;

/** A console request as a page sees it. */
final class RequestView implements PageRequest {
    static final int EXPORT_LIMIT = 100_000;

    private final HttpServletRequest req;
    private final Actor actor;
    private final Locale locale;
    private final Messages messages;
    private final boolean export;
    private final Menu menu;

    RequestView(HttpServletRequest req, Actor actor, Locale locale, Messages messages, Menu menu) {
        this(req, actor, locale, messages, menu, false);
    }

    private RequestView(HttpServletRequest req, Actor actor, Locale locale, Messages messages, Menu menu,
            boolean export) {
        this.req = req;
        this.actor = actor;
        this.locale = locale;
        this.messages = messages;
        this.menu = menu;
        this.export = export;
    }

    RequestView forExport() { return new RequestView(req, actor, locale, messages, menu, true); }

    /** @return the same request, reading another bundle's messages (for a module's part of a core page). */
    RequestView forBundle(org.osgi.framework.Bundle bundle) {
        return new RequestView(req, actor, locale, menu.messagesOf(bundle), menu, export);
    }

    @Override
    public Actor actor() { return actor; }

    @Override
    public String time(java.time.Instant at) { return menu.time(at); }

    @Override
    public String person(String login) { return menu.person(login); }

    @Override
    public String region(String code) { return menu == null ? PageRequest.super.region(code) : menu.region(code, locale); }

    @Override
    public String route(String region, String route) {
        return route == null || route.isBlank() ? "" : menu == null ? route : menu.region(region + "." + route, locale);
    }

    @Override
    public java.util.Map<String, String> regions() { return menu == null ? java.util.Map.of() : menu.regions(locale); }

    @Override
    public Locale locale() { return locale; }

    @Override
    public String param(String name) {
        String v = req.getParameter(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    @Override
    @SuppressWarnings("unchecked")
    public byte[] file(String name) {
        Object files = req.getAttribute(Multipart.FILES);
        return files instanceof java.util.Map ? ((java.util.Map<String, byte[]>) files).get(name) : null;
    }

    @Override
    public java.util.Set<String> paramNames() {
        return java.util.Set.copyOf(req.getParameterMap().keySet());
    }

    @Override
    public List<String> params(String name) {
        String[] v = req.getParameterValues(name);
        return v == null ? List.of() : Arrays.asList(v);
    }

    @Override
    public long number(String name) {
        String v = param(name);
        try {
            return Long.parseLong(v == null ? "" : v);
        } catch (NumberFormatException e) {
            throw new org.neiqin.api.error.ValidationException(name, v == null ? "required" : "format",
                    name + " must be a whole number; reload the page and try again");
        }
    }

    @Override
    public int page() {
        return export ? 1 : Math.max(1, parse(param("page"), 1));
    }

    @Override
    public int pageSize() {
        return export ? EXPORT_LIMIT : Math.min(200, Math.max(1, parse(param("size"), 25)));
    }

    @Override
    public boolean isExport() { return export; }

    @Override
    public String msg(String key, Object... args) {
        if (menu == null) {
            return messages.get(locale, key, args);
        }
        String pattern = Messages.lookUp(key, locale, menu.ownThenCore(messages));
        if (pattern == null) {
            // blocks another module adds to this page (a review's preview, an order's delivery notes) say
            // things in their module's words
            pattern = Messages.lookUp(key, locale, menu.sources(messages));
        }
        return org.neiqin.api.error.Text.format(pattern == null ? key : pattern, args);
    }

    @Override
    public String text(org.neiqin.api.error.Text text) {
        return Messages.show(text, locale, menu == null ? java.util.List.of(messages) : menu.sources(messages));
    }

    private static int parse(String s, int dflt) {
        try {
            return s == null ? dflt : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return dflt;
        }
    }
}
