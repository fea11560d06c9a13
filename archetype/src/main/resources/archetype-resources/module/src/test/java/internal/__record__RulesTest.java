package ${package}.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;
import org.neiqin.api.error.FieldError;

public class ${record}RulesTest {
    /**
     * A record as a form sends it, by field name: a field added to {@link ${record}Data} later leaves these
     * tests as they are (it is empty here).
     */
    private static ${record}Data data(String name, String kind) {
        java.util.Map<String, String> sent = new java.util.HashMap<>();
        sent.put("name", name);
        sent.put("kind", kind);
        return org.neiqin.kit.form.Forms.bind(${record}Data.class, sent::get);
    }

    private static List<String> problems(${record}Data d) {
        return ${record}Rules.check(d).stream().map(e -> e.field() + " " + e.rule()).collect(Collectors.toList());
    }

    @Test
    public void aCompleteRecordPasses() {
        assertTrue(${record}Rules.check(data("Example 1", "NORMAL")).isEmpty());
    }

    @Test
    public void eachProblemIsNamedOnItsField() {
        assertEquals(List.of("name required", "kind required"), problems(data(" ", null)));
        assertEquals(List.of("name format"), problems(data("12345", "URGENT")));
        FieldError tooLong = ${record}Rules.check(data("x".repeat(101), "URGENT")).get(0);
        assertEquals("name", tooLong.field());
    }

    @Test
    public void theListIsSortedByAKnownColumnAndEndsInTheId() {
        assertEquals("v.code asc, v.id asc", new ${record}Query(null, null, "nope", false, 0, 10).orderBy());
        assertEquals("v.name desc, v.id desc", ${record}Query.from(p -> p.equals("sort") ? "name" : p.equals("desc")
                ? "1" : null, 0, 10).orderBy());
    }
}
