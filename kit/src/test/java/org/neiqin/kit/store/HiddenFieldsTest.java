package org.neiqin.kit.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.Set;

import org.junit.Test;

public class HiddenFieldsTest {
    @Test
    public void aFieldTheReaderMayNotSeeIsLeftOutAndTheRestKept() {
        assertEquals("{\"name\":\"螺纹钢\"}", HiddenFields.without("{\"name\":\"螺纹钢\",\"costPrice\":\"3520.00 CNY\"}",
                Set.of("costPrice")));
        assertEquals("{}", HiddenFields.without("{\"costPrice\":null}", Set.of("costPrice")));
        assertNull(HiddenFields.without(null, Set.of("costPrice")));
        assertEquals("not JSON that names it: nothing shown", "{}", HiddenFields.without("costPrice=1", Set.of("costPrice")));
        assertEquals("not JSON that does not: as it is", "name=x", HiddenFields.without("name=x", Set.of("costPrice")));
    }
}
