package org.neiqin.kit.query;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Map;
import java.util.Set;

import org.junit.Test;
import org.neiqin.api.error.NotFoundException;
import org.neiqin.api.security.RecordScope;

public class ScopesTest {
    private static final RecordScope OWN = RecordScope.of(Set.of("sales", "王强"), null);
    private static final RecordScope REGION = RecordScope.of(Set.of(), "LN");

    @Test
    public void aScopeIsOneConditionForListsCountsAndReports() {
        assertEquals("1 = 1", Scopes.clause(RecordScope.ALL, "c.salesperson", "c.region").jpql());
        Scopes.Clause own = Scopes.clause(OWN, "c.salesperson", "c.region");
        assertEquals("(c.salesperson in :scopePeople)", own.jpql());
        assertEquals(Set.of("sales", "王强"), own.params().get("scopePeople"));
        assertEquals(new Scopes.Clause("(c.region = :scopeRegion)", Map.of("scopeRegion", "LN")),
                Scopes.clause(REGION, "c.salesperson", "c.region"));
        assertEquals("(d.salesperson in :scopePeople or d.region = :scopeRegion)",
                Scopes.clause(OWN.or(REGION), "d.salesperson", "d.region").jpql());
        assertEquals("a region scope without a region reaches nothing", "(1 = 0)",
                Scopes.clause(RecordScope.of(Set.of(), null), "c.salesperson", "c.region").jpql());
        assertEquals("records without a salesperson: only a region reaches them", "(1 = 0)",
                Scopes.clause(OWN, null, "n.region").jpql());
        assertEquals(RecordScope.ALL, RecordScope.ALL.or(OWN));
    }

    @Test
    public void aRecordOutsideTheScopeIsNotFoundAndOneWrittenOutsideItIsRefused() {
        assertEquals("x", Scopes.require(OWN, "x", " 王强 ", "JL", "customer", 7));
        NotFoundException nf = assertThrows(NotFoundException.class,
                () -> Scopes.require(OWN, "x", "张三", "LN", "customer", 7));
        assertEquals(404, nf.status());
        assertTrue(Scopes.problems(REGION, "张三", "LN", "customers").isEmpty());
        assertEquals("you keep your own documents only (salesperson sales / 王强)",
                Scopes.problems(OWN, "张三", "LN", "documents").get(0).message());
        assertEquals("region", Scopes.problems(REGION, "sales", "JL", "customers").get(0).field());
    }
}
