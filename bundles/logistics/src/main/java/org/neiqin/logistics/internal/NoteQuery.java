package org.neiqin.logistics.internal;

import java.util.List;
import java.util.function.Function;

import org.neiqin.kit.store.Stamps;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;

/**
 * The filters, order and page of the list of delivery notes, read the same way from the console and
 * REST: text (number, order number or customer), state, one order ({@code document}), late only, held
 * by the payment gate only (prepaid, not signed by finance, not gone).
 */
public record NoteQuery(String text, NoteState state, Long document, boolean late, boolean held, String sort, boolean descending,
        int offset, int limit) {
    /** The filters the list takes (besides {@link ListParams#PAGING}): anything else is refused. */
    public static final List<String> FILTERS = List.of("q", "state", "document", "late", "held");

    /** Columns the list may be sorted by; the order ends in the id, so pages never overlap. */
    public static final List<String> SORTS = List.of("code", "promisedOn", "customerName", "updatedAt");

    public NoteQuery {
        if (sort == null || !SORTS.contains(sort)) {
            sort = "code";
        }
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, ListQuery.MAX_ROWS));
    }

    /** @return the query named by request parameters */
    public static NoteQuery from(Function<String, String> param, int offset, int limit) {
        return new NoteQuery(param.apply("q"), Forms.choice(NoteState.class, "state", param.apply("state")),
                ListParams.optionalId("document", param.apply("document")),
                ListParams.bool("late", param.apply("late"), false), ListParams.bool("held", param.apply("held"), false),
                ListParams.sort(param.apply("sort"), SORTS, "code"), ListParams.bool("desc", param.apply("desc"), false),
                offset, limit);
    }

    String orderBy() {
        String dir = descending ? " desc" : " asc";
        return Stamps.path("v", sort) + dir + ", v.id" + dir;
    }
}
