package org.neiqin.kit.query;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.Test;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.ValidationException;

public class ListParamsTest {
    private static FieldError refused(Runnable r) {
        return assertThrows(ValidationException.class, r::run).errors().get(0);
    }

    @Test
    public void aPageIsOneToFiveHundredRowsFromZeroOn() {
        assertEquals(50, ListParams.limit(null, 50));
        assertEquals(500, ListParams.limit("500", 50));
        assertEquals(0, ListParams.offset(null));
        assertEquals(100, ListParams.offset(" 100 "));
        for (String bad : List.of("0", "-5", "501", "abc", "1.5")) {
            assertEquals(bad, "limit", refused(() -> ListParams.limit(bad, 50)).field());
        }
        assertEquals("offset", refused(() -> ListParams.offset("-1")).field());
        assertEquals("offset", refused(() -> ListParams.offset("x")).field());
    }

    @Test
    public void sortBooleansAndParameterNamesAreStrict() {
        List<String> sortable = List.of("code", "fullName");
        assertEquals("code", ListParams.sort(null, sortable, "code"));
        assertEquals("fullName", ListParams.sort("fullName", sortable, "code"));
        FieldError sort = refused(() -> ListParams.sort("taxNumber", sortable, "code"));
        assertEquals("sort", sort.field());
        assertTrue(sort.message(), sort.message().contains("code, fullName"));
        assertTrue(ListParams.bool("desc", "1", false));
        assertFalse(ListParams.bool("desc", "false", true));
        assertEquals("desc", refused(() -> ListParams.bool("desc", "maybe", false)).field());
        ListParams.onlyKnown(Map.of("q", List.of("x"), "limit", List.of("5")), List.of("q"));
        FieldError unknown = refused(() -> ListParams.onlyKnown(Map.of("colour", List.of("red")), List.of("q")));
        assertEquals("colour", unknown.field());
        assertTrue(unknown.message(), unknown.message().contains("desc, limit, offset, q, sort"));
    }
}
