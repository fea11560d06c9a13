package org.neiqin.core.internal.console;

import java.util.Locale;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.neiqin.api.security.Actor;
import org.neiqin.core.internal.security.SecurityServiceImpl;

/** The console's menu as HTML: the Neiqin pages a user may open, and Karaf's own only for its administrators. */
final class MenuHtml {
    private MenuHtml() {
    }

    /**
     * The menu: the Neiqin pages this user may open, in the pages' order and the user's language;
     * Karaf's own categories only for Karaf's administrators.
     */
    @SuppressWarnings("unchecked")
    static String render(HttpServletRequest req, String current, Menu menu, SecurityServiceImpl security,
            Messages toolkitMessages) {
        Actor actor = ConsoleRequests.actor(req);
        Locale locale = ConsoleRequests.locale(req);
        String appRoot = (String) req.getAttribute(org.apache.felix.webconsole.WebConsoleConstants.ATTR_APP_ROOT);
        StringBuilder sb = new StringBuilder("<ul id=\"navmenu\" class=\"neiqin-menu\">\n");
        for (Menu.Entry e : menu.entries(actor, security)) {
            String label = e.page().label();
            sb.append("<li class=\"navMenuItem-0").append(label.equals(current) ? " neiqin-current" : "")
                    .append("\"><a href=\"").append(Html.escape(appRoot)).append('/').append(Html.escape(label))
                    .append("\">").append(Html.escape(e.title(locale))).append("</a></li>\n");
        }
        Object karaf = req.getAttribute(org.apache.felix.webconsole.WebConsoleConstants.ATTR_LABEL_MAP + ".categorized");
        if (actor != null && actor.hasRole(org.neiqin.api.security.Roles.KARAF_ADMIN) && karaf instanceof Map) {
            java.util.TreeMap<String, Object> sorted = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            ((Map<String, Object>) karaf).forEach(sorted::put);
            for (Map.Entry<String, Object> c : sorted.entrySet()) {
                if (c.getKey().equals("category." + PagePlugin.CATEGORY) || !(c.getValue() instanceof Map)) {
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
        return sb.toString();
    }
}
