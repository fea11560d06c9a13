package org.neiqin.core.internal.console;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.neiqin.api.security.Actor;
import org.neiqin.core.internal.security.SecurityServiceImpl;

/**
 * What every answer of one console page carries besides the page: the renderer's context (its query, CSRF
 * token, the reader's words, times, people, lookups and a history's names) and the link to the same page in
 * the other language.
 */
final class PageChrome {
    private final String label;
    private final Messages pageMessages;
    private final Messages toolkitMessages;
    private final Menu menu;
    private final SecurityServiceImpl security;
    private final ConsoleSigner signer;
    private final Lookups lookups;

    PageChrome(String label, Messages pageMessages, Messages toolkitMessages, Menu menu, SecurityServiceImpl security,
            ConsoleSigner signer, Lookups lookups) {
        this.label = label;
        this.pageMessages = pageMessages;
        this.toolkitMessages = toolkitMessages;
        this.menu = menu;
        this.security = security;
        this.signer = signer;
        this.lookups = lookups;
    }

    Html.Context context(HttpServletRequest req, Locale locale, String flash) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> query.put(k, List.of(v)));
        Actor actor = ConsoleRequests.actor(req);
        return new Html.Context(label, csrfToken(req), query, flash, key -> toolkitMessages.get(locale, key))
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

    String languageSwitch(HttpServletRequest req, Locale locale) {
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
        return "<p class=\"neiqin-lang\" style=\"float:right\"><a href=\"" + Html.href(label + "?"
                + Html.query(query, "lang", zh ? "en" : "zh")) + "\">" + (zh ? "English" : "中文") + "</a></p>\n";
    }

    private static String decode(String s) {
        try {
            return java.net.URLDecoder.decode(s, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    String csrfToken(HttpServletRequest req) {
        Actor actor = ConsoleRequests.actor(req);
        return signer.csrf(actor == null ? "" : actor.name());
    }
}
