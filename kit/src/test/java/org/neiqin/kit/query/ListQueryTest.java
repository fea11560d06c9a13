package org.neiqin.kit.query;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

/** When the size of a list is counted, and what the page then says about it. */
public class ListQueryTest {
    private final AtomicInteger counts = new AtomicInteger();

    private ListQuery.Page<Integer> page(int rows, int offset, int limit, int inDatabase) {
        return ListQuery.Page.of(Collections.nCopies(rows, 1), offset, limit, () -> {
            counts.incrementAndGet();
            return Math.min(inDatabase, ListQuery.COUNT_LIMIT + 1);
        });
    }

    @Test
    public void aPageThatIsNotFullEndsTheListSoNothingIsCounted() {
        ListQuery.Page<Integer> p = page(7, 0, 50, 7);
        assertEquals(7, p.total());
        assertTrue(p.totalExact());
        assertEquals(107, page(7, 100, 50, 107).total());
        assertEquals(0, page(0, 0, 50, 0).total());
        assertEquals(0, counts.get());
    }

    @Test
    public void aFullPageOrOnePastTheEndIsCounted() {
        assertEquals(120, page(50, 0, 50, 120).total());
        assertEquals("past the end: the real size", 120, page(0, 500, 50, 120).total());
        assertEquals(2, counts.get());
    }

    @Test
    public void longListsAreCountedOnlyUpToTheLimit() {
        ListQuery.Page<Integer> p = page(50, 0, 50, 100_000);
        assertEquals(ListQuery.COUNT_LIMIT, p.total());
        assertFalse(p.totalExact());
        int counted = counts.get();
        ListQuery.Page<Integer> far = page(50, 20_000, 50, 100_000);
        assertEquals("deep in the list, at least the rows up to here", 20_050, far.total());
        assertFalse(far.totalExact());
        assertEquals("past the limit already: not counted", counted, counts.get());
        ListQuery.Page<Integer> exactlyAtLimit = page(50, 0, 50, ListQuery.COUNT_LIMIT);
        assertEquals(ListQuery.COUNT_LIMIT, exactlyAtLimit.total());
        assertTrue(exactlyAtLimit.totalExact());
    }

    @Test
    public void mappingKeepsTheSize() {
        ListQuery.Page<String> p = page(50, 0, 50, 100_000).map(String::valueOf);
        assertEquals(List.of("1", "1"), p.rows().subList(0, 2));
        assertEquals(ListQuery.COUNT_LIMIT, p.total());
        assertFalse(p.totalExact());
    }

    @Test
    public void aPageIsItsIdsInTheListsOrderThenOnlyTheNamedColumnsOfThoseRows() {
        List<String> asked = new java.util.ArrayList<>();
        ListQuery.Jpql jpql = (query, params, first, max) -> {
            asked.add(query + " " + params + " " + first + "/" + max);
            // the rows by id come back in any order: the page keeps the list's
            return query.startsWith("select c.id, c.id, c.code ") ? List.of(new Object[] {2L, 2L, "C00002"},
                    new Object[] {1L, 1L, "C00001"}) : List.of(1L, 2L);
        };
        ListQuery.Page<String> p = ListQuery.of("CustomerEntity", "c").eq("region", "NE")
                .page(jpql, "c.id, c.code", row -> row[0] + "=" + row[1], "c.code", 0, 50);
        assertEquals(List.of("1=C00001", "2=C00002"), p.rows());
        assertEquals(2, p.total());
        assertEquals(List.of("select c.id from CustomerEntity c where c.region = :region order by c.code {region=NE} 0/50",
                "select c.id, c.id, c.code from CustomerEntity c where c.id in :pageIds {pageIds=[1, 2]} 0/2"), asked);
        ListQuery.Page<String> one = ListQuery.of("CustomerEntity", "c").page((query, params, first, max) ->
                query.contains(":pageIds") ? List.<Object>of((Object) new Object[] {7L, 7L}) : List.of(7L), "c.id",
                row -> "id " + row[0], "c.id", 0, 50);
        assertEquals(List.of("id 7"), one.rows());
        List<String> emptyAsked = new java.util.ArrayList<>();
        ListQuery.Page<String> none = ListQuery.of("CustomerEntity", "c").page((query, params, first, max) -> {
            emptyAsked.add(query);
            return List.of();
        }, "c.code", row -> "", "c.id", 0, 50);
        assertTrue(none.rows().isEmpty());
        assertEquals("no id, no second query", 1, emptyAsked.size());
    }

    @Test
    public void aSearchFindsPercentAndUnderscoreAsTypedAndDropsControlCharacters() {
        java.util.List<String> queries = new java.util.ArrayList<>();
        java.util.List<Object> values = new java.util.ArrayList<>();
        ListQuery.of("CustomerEntity", "c").text(" 50%_Off!\u0000 ", "fullName").page((q, params, first, max) -> {
            queries.add(q);
            values.addAll(params.values());
            return java.util.List.of();
        }, Object.class, "c.id", 0, 10);
        assertTrue(queries.get(0), queries.get(0).contains("lower(c.fullName) like :text escape '!'"));
        assertEquals(java.util.List.of("%50!%!_off!!%"), values);
    }
}
