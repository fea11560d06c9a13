package org.neiqin.kit.console;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.neiqin.api.console.Action;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.error.ValidationException;

public class PageActionsTest {
    private final PageActions actions = new PageActions()
            .on("archive", r -> new Action("card?id=" + r.param("id"), "archived"))
            .on("addContact", r -> new Action("card?tab=contacts", "added"));

    /** A request carrying only parameters: what a POST gives the page. */
    private static PageRequest post(Map<String, String> params) {
        return (PageRequest) Proxy.newProxyInstance(PageRequest.class.getClassLoader(), new Class<?>[] {PageRequest.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("param")) {
                        return params.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    public void aFormSendsTheActionAndTheSameNameReachesItsHandler() {
        Field f = actions.field("archive");
        assertEquals(PageActions.PARAM, f.name());
        assertEquals("archive", f.value());
        Action a = actions.submit(post(Map.of("action", "archive", "id", "7")));
        assertEquals("card?id=7", a.target());
        assertEquals(Set.of("archive", "addContact"), actions.names());
        assertEquals(List.of("archive", "addContact"), List.copyOf(actions.names()));
    }

    @Test
    public void aFormCannotSendAnActionThePageDoesNotHandle() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> actions.field("archiv"));
        assertTrue(e.getMessage(), e.getMessage().contains("'archiv'") && e.getMessage().contains("[archive, addContact]"));
        assertThrows(IllegalStateException.class, () -> new PageActions().on("x", r -> null).on("x", r -> null));
    }

    @Test
    public void anUnknownOrMissingActionIsBadInputOnTheActionField() {
        for (Map<String, String> params : List.of(Map.of("action", "delete"), Map.<String, String>of())) {
            ValidationException e = assertThrows(ValidationException.class, () -> actions.submit(post(params)));
            assertEquals(PageActions.PARAM, e.errors().get(0).field());
            assertEquals("unknown", e.errors().get(0).rule());
            assertEquals("action.unknown", e.errors().get(0).text().key());
        }
    }
}
