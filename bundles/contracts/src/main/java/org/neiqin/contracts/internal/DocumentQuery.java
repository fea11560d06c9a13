package org.neiqin.contracts.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.neiqin.kit.store.Stamps;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;

/**
 * The filters, order and page of the document list, read the same way from the console, REST and
 * the shell. Sorted by {@code sort} (one of {@link #SORTS}; the document date by default, newest
 * first), then by id, so that pages never overlap.
 */
public record DocumentQuery(DocumentKind kind, DocumentState state, String text, Long customerId, String salesperson,
        String region, LocalDate from, LocalDate to, String sort, boolean descending, int offset, int limit) {

    /** The filters a list takes (besides {@link ListParams#PAGING}). */
    public static final List<String> FILTERS = List.of("kind", "state", "q", "customer", "salesperson", "region", "from",
            "to");

    /** Columns the list may be sorted by. */
    public static final List<String> SORTS = List.of("documentDate", "number", "customerName", "deliveryDate", "total",
            "updatedAt");

    public DocumentQuery {
        if (sort == null || !SORTS.contains(sort)) {
            sort = "documentDate";
        }
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, ListQuery.MAX_ROWS));
    }

    /** Every document in a state, newest first. */
    public static DocumentQuery inState(DocumentState state, int offset, int limit) {
        return new DocumentQuery(null, state, null, null, null, null, null, null, null, true, offset, limit);
    }

    /**
     * @return the query named by request parameters; an unknown choice or a bad date is bad input.
     *         {@code desc} is {@code true} or {@code 1}, {@code false} or {@code 0}; without it the
     *         document date sorts newest first and any other column in ascending order.
     */
    public static DocumentQuery from(Function<String, String> param, int offset, int limit) {
        String sort = ListParams.sort(param.apply("sort"), SORTS, "documentDate");
        boolean descending = ListParams.bool("desc", param.apply("desc"), "documentDate".equals(sort));
        return new DocumentQuery(Forms.choice(DocumentKind.class, "kind", param.apply("kind")),
                Forms.choice(DocumentState.class, "state", param.apply("state")), param.apply("q"),
                Forms.parse(Long.class, "customer", param.apply("customer")), param.apply("salesperson"),
                param.apply("region"), Forms.parse(LocalDate.class, "from", param.apply("from")),
                Forms.parse(LocalDate.class, "to", param.apply("to")), sort, descending, offset, limit);
    }

    /** @return the JPQL order of the list (alias {@code d}), ending in the id */
    String orderBy() {
        String dir = descending ? " desc" : " asc";
        return Stamps.path("d", sort) + dir + ", d.id" + dir;
    }
}
