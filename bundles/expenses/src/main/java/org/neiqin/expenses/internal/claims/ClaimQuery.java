package org.neiqin.expenses.internal.claims;

import java.util.List;
import java.util.function.Function;

import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.store.Stamps;

/** The filters, order and page of the claims list, read the same way from the console, REST and the shell. */
public record ClaimQuery(String text, ClaimState state, String claimant, String sort, boolean descending, int offset,
        int limit) {
    public static final List<String> FILTERS = List.of("q", "state", "claimant");
    public static final List<String> SORTS = List.of("code", "claimant", "total", "updatedAt");

    public ClaimQuery {
        if (sort == null || !SORTS.contains(sort)) {
            sort = "code";
        }
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, ListQuery.MAX_ROWS));
    }

    public static ClaimQuery from(Function<String, String> param, int offset, int limit) {
        return new ClaimQuery(param.apply("q"), Forms.choice(ClaimState.class, "state", param.apply("state")),
                Forms.trimmed(param.apply("claimant")), ListParams.sort(param.apply("sort"), SORTS, "code"),
                ListParams.bool("desc", param.apply("desc"), true), offset, limit);
    }

    String orderBy() {
        String dir = descending ? " desc" : " asc";
        return Stamps.path("v", sort) + dir + ", v.id" + dir;
    }
}
