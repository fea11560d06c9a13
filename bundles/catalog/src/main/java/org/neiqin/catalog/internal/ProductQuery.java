package org.neiqin.catalog.internal;

import java.util.List;
import java.util.function.Function;

import org.neiqin.kit.store.Stamps;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;

/** The filters, order and page of the list, read the same way from the console, REST and the shell. */
public record ProductQuery(String text, String productGroup, ProductState state, String sort, boolean descending,
        int offset, int limit) {
    /** The filters the list takes (besides {@link ListParams#PAGING}): anything else is refused. */
    public static final List<String> FILTERS = List.of("q", "productGroup", "state");

    /** Columns the list may be sorted by; the order ends in the id, so pages never overlap. */
    public static final List<String> SORTS = List.of("code", "name", "productGroup", "updatedAt");

    public ProductQuery {
        if (sort == null || !SORTS.contains(sort)) {
            sort = "code";
        }
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, ListQuery.MAX_ROWS));
    }

    /**
     * @return the query named by request parameters ({@code q} in code, name and specification, {@code productGroup},
     *         {@code state}, {@code sort}, {@code desc})
     */
    public static ProductQuery from(Function<String, String> param, int offset, int limit) {
        return new ProductQuery(param.apply("q"), Forms.trimmed(param.apply("productGroup")),
                Forms.choice(ProductState.class, "state", param.apply("state")),
                ListParams.sort(param.apply("sort"), SORTS, "code"), ListParams.bool("desc", param.apply("desc"), false),
                offset, limit);
    }

    String orderBy() {
        String dir = descending ? " desc" : " asc";
        return Stamps.path("v", sort) + dir + ", v.id" + dir;
    }
}
