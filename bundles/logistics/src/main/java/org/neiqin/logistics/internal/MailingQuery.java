package org.neiqin.logistics.internal;

import java.util.List;
import java.util.function.Function;

import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.store.Stamps;

/**
 * The filters, order and page of the register of materials sent, read the same way from the console and
 * REST: text (number, what, recipient or tracking number), kind, one customer, not yet checked only.
 */
public record MailingQuery(String text, LineKind kind, Long customer, boolean unchecked, String sort, boolean descending,
        int offset, int limit) {
    /** The filters the list takes (besides {@link ListParams#PAGING}): anything else is refused. */
    public static final List<String> FILTERS = List.of("q", "kind", "customer", "unchecked");

    /** Columns the list may be sorted by; the order ends in the id, so pages never overlap. */
    public static final List<String> SORTS = List.of("code", "sentOn", "recipient", "cost");

    public MailingQuery {
        if (sort == null || !SORTS.contains(sort)) {
            sort = "code";
        }
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, ListQuery.MAX_ROWS));
    }

    /** @return the query named by request parameters: newest first unless a sort is given */
    public static MailingQuery from(Function<String, String> param, int offset, int limit) {
        String sort = param.apply("sort");
        return new MailingQuery(param.apply("q"), Forms.choice(LineKind.class, "kind", param.apply("kind")),
                ListParams.optionalId("customer", param.apply("customer")),
                ListParams.bool("unchecked", param.apply("unchecked"), false),
                ListParams.sort(sort, SORTS, "code"), ListParams.bool("desc", param.apply("desc"), sort == null),
                offset, limit);
    }

    String orderBy() {
        String dir = descending ? " desc" : " asc";
        return Stamps.path("v", sort) + dir + ", v.id" + dir;
    }
}
