package org.neiqin.core.internal.console;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.servlet.http.HttpServletResponse;

import org.neiqin.api.console.Field;
import org.neiqin.api.console.Lookup;
import org.neiqin.api.security.Actor;
import org.neiqin.core.internal.rest.Json;
import org.neiqin.core.internal.security.SecurityServiceImpl;

/**
 * The {@link Lookup}s modules register, by name, and their answer to a lookup field's script: any
 * Neiqin page answers {@code ?lookup=<name>&q=<text>} with the matching records as JSON
 * ({@code [{"value":…,"label":…,"details":{…}}]}, details only where a choice fills other cells), searched as the user, who needs the lookup's permission.
 */
final class Lookups {
    /** The most suggestions a lookup field shows. */
    static final int LIMIT = 20;
    private final Map<String, Lookup> byName = new ConcurrentHashMap<>();

    void add(Lookup l) {
        byName.put(l.name(), l);
    }

    void remove(Lookup l) {
        byName.remove(l.name(), l);
    }

    /** Writes the answer to {@code ?lookup=}: 404 for no such lookup, 403 without its permission. */
    void answer(String name, String text, Actor actor, SecurityServiceImpl security, HttpServletResponse res)
            throws IOException {
        Lookup l = name == null ? null : byName.get(name);
        res.setContentType("application/json;charset=UTF-8");
        res.setHeader("Cache-Control", "no-store");
        if (l == null) {
            res.setStatus(HttpServletResponse.SC_NOT_FOUND);
            res.getWriter().print("[]");
            return;
        }
        if (actor == null || !security.isPermitted(actor, l.permission())) {
            res.setStatus(HttpServletResponse.SC_FORBIDDEN);
            res.getWriter().print("[]");
            return;
        }
        String q = text == null ? "" : text.strip();
        if (q.length() > 100) {
            q = q.substring(0, 100);
        }
        String typed = q;
        List<Field.Option> found = security.runAs(actor, () -> l.search(typed, LIMIT));
        res.getWriter().print(Json.MAPPER.writeValueAsString(found.stream()
                .map(o -> o.details().isEmpty() ? Map.<String, Object>of("value", o.value(), "label", o.label())
                        : Map.<String, Object>of("value", o.value(), "label", o.label(), "details", o.details())).toList()));
    }

    /** @return how the record {@code key} of lookup {@code name} reads to the user; the key itself when it cannot be read */
    String shown(String name, String key, Actor actor, SecurityServiceImpl security) {
        Lookup l = name == null ? null : byName.get(name);
        if (l == null || actor == null || !security.isPermitted(actor, l.permission())) {
            return key;
        }
        try {
            return security.runAs(actor, () -> l.find(key)).map(Field.Option::label).orElse(key);
        } catch (RuntimeException unreadable) {
            return key;
        }
    }
}
