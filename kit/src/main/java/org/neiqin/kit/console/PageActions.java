package org.neiqin.kit.console;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.neiqin.api.console.Action;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;

/**
 * The actions a page's POST forms send, each declared once with its handler; the page draws a form's
 * action with {@link #field(String)} and answers the POST with {@link #submit(PageRequest)}. A form
 * cannot name an action the page does not handle: drawing it fails at once, on the first render of
 * the page in any test, instead of answering "unknown action" to a user.
 *
 * <pre>
 * static final String ARCHIVE = "archive";
 * private final PageActions actions = new PageActions()
 *         .on(ARCHIVE, r -&gt; { ...; return new Action(...); });
 * ... Form.action(label, List.of(actions.field(ARCHIVE), Field.hidden("id", ...)))
 * public Action submit(PageRequest r) { return actions.submit(r); }
 * </pre>
 */
public final class PageActions {
    /** The request parameter that names the action. */
    public static final String PARAM = "action";

    private final Map<String, Function<PageRequest, Action>> handlers = new LinkedHashMap<>();

    /**
     * @throws IllegalStateException when {@code name} is already handled
     */
    public PageActions on(String name, Function<PageRequest, Action> handler) {
        if (handlers.putIfAbsent(name, handler) != null) {
            throw new IllegalStateException("action '" + name + "' is handled twice");
        }
        return this;
    }

    /**
     * @return the hidden field that makes a form send {@code name}
     * @throws IllegalStateException when the page does not handle {@code name}
     */
    public Field field(String name) {
        if (!handlers.containsKey(name)) {
            throw new IllegalStateException("a form sends action '" + name + "', which the page does not handle "
                    + "(it handles " + handlers.keySet() + ")");
        }
        return Field.hidden(PARAM, name);
    }

    /**
     * @return what the handler of the request's action answers
     * @throws ValidationException 400 {@code action unknown} for an action the page does not handle
     */
    public Action submit(PageRequest r) {
        String name = r.param(PARAM) == null ? "" : r.param(PARAM);
        Function<PageRequest, Action> handler = handlers.get(name);
        if (handler == null) {
            throw new ValidationException(PARAM, "unknown", Text.of("action.unknown", "unknown action '{0}'", name));
        }
        return handler.apply(r);
    }

    /** @return the actions handled, in the order declared */
    public Set<String> names() {
        return Collections.unmodifiableSet(handlers.keySet());
    }
}
