package org.neiqin.invoicing.internal;

import java.util.List;
import java.util.function.Function;

import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.store.Stamps;

/** The filters, order and page of the list, read the same way from the console, REST and the shell. */
public record InvoiceQuery(String text, InvoiceState state, Long document, String sort, boolean descending, int offset,
        int limit) {
    /** The filters the list takes (besides {@link ListParams#PAGING}): anything else is refused. */
    public static final List<String> FILTERS = List.of("q", "state", "document");

    /** Columns the list may be sorted by; the order ends in the id, so pages never overlap. */
    public static final List<String> SORTS = List.of("updatedAt", "number", "customerName", "issuedOn", "total");

    public InvoiceQuery {
        if (sort == null || !SORTS.contains(sort)) {
            sort = "updatedAt";
        }
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, ListQuery.MAX_ROWS));
    }

    /** @return the query named by request parameters ({@code q}, {@code state}, {@code document}, {@code sort}, {@code desc}) */
    public static InvoiceQuery from(Function<String, String> param, int offset, int limit) {
        return new InvoiceQuery(param.apply("q"), Forms.choice(InvoiceState.class, "state", param.apply("state")),
                ListParams.optionalId("document", param.apply("document")),
                ListParams.sort(param.apply("sort"), SORTS, "updatedAt"),
                ListParams.bool("desc", param.apply("desc"), param.apply("sort") == null), offset, limit);
    }

    String orderBy() {
        String dir = descending ? " desc" : " asc";
        return Stamps.path("v", sort) + dir + ", v.id" + dir;
    }
}
