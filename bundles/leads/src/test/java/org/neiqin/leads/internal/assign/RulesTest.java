package org.neiqin.leads.internal.assign;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

public class RulesTest {
    @Test
    public void aRuleTakesItsRegionProductAndSource() {
        assertTrue(Rules.takes("LN", null, null, "LN", "阀门", "WEB_FORM"));
        assertFalse(Rules.takes("LN", null, null, "BJ", "阀门", "WEB_FORM"));
        assertFalse(Rules.takes("LN", null, null, null, "阀门", "WEB_FORM"));
        assertTrue(Rules.takes(null, "阀门", null, "BJ", "工业阀门", "PHONE"));
        assertFalse(Rules.takes(null, "阀门", null, "BJ", null, "PHONE"));
        assertTrue(Rules.takes(" ", " ", "PHONE", "BJ", null, "PHONE"));
        assertFalse(Rules.takes(null, null, "AD", "BJ", null, "PHONE"));
    }

    @Test
    public void peopleAreReadInOrderEachOnce() {
        assertEquals(List.of("wang", "li", "zhao"), Rules.people(" wang, li;zhao  wang "));
        assertEquals(List.of(), Rules.people(null));
    }

    @Test
    public void roundRobinIsFair() {
        List<String> people = List.of("a", "b", "c");
        for (int n : new int[] {1, 7, 30, 31}) {
            Map<String, Integer> got = new HashMap<>();
            String last = null;
            for (int i = 0; i < n; i++) {
                last = Rules.turns(people, last).get(0);
                got.merge(last, 1, Integer::sum);
            }
            for (String p : people) {
                int share = got.getOrDefault(p, 0);
                assertTrue(n + " leads: " + got, Math.abs(share - n / 3.0) <= 1);
            }
        }
        assertEquals("someone no longer in the rule: the turn starts again", List.of("a", "b", "c"),
                Rules.turns(people, "gone"));
        assertEquals(List.of("c", "a", "b"), Rules.turns(people, "b"));
    }
}
