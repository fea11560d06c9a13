package ${package}.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;
import org.neiqin.api.error.FieldError;

public class ${record}RulesTest {
    private static List<String> problems(${record}Data d) {
        return ${record}Rules.check(d).stream().map(e -> e.field() + " " + e.rule()).collect(Collectors.toList());
    }

    @Test
    public void aCompleteRecordPasses() {
        assertTrue(${record}Rules.check(new ${record}Data("Liaoning truck 1", ${record}Kind.STANDARD, null)).isEmpty());
    }

    @Test
    public void eachProblemIsNamedOnItsField() {
        assertEquals(List.of("name required", "kind required"), problems(new ${record}Data(" ", null, null)));
        assertEquals(List.of("name format"), problems(new ${record}Data("12345", ${record}Kind.SPECIAL, null)));
        FieldError tooLong = ${record}Rules.check(new ${record}Data("x".repeat(101), ${record}Kind.SPECIAL, null)).get(0);
        assertEquals("name", tooLong.field());
    }

    @Test
    public void theListIsSortedByAKnownColumnAndEndsInTheId() {
        assertEquals("v.code asc, v.id asc", new ${record}Query(null, null, "nope", false, 0, 10).orderBy());
        assertEquals("v.name desc, v.id desc", ${record}Query.from(p -> p.equals("sort") ? "name" : p.equals("desc")
                ? "1" : null, 0, 10).orderBy());
    }
}
