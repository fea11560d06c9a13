package org.neiqin.leads.internal;

import java.util.List;
import java.util.function.Function;

import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;
import org.neiqin.kit.store.Stamps;

/**
 * The filters, order and page of the leads, read the same way from the console, REST and the shell: text, stage,
 * source, region, owner (a login), the public pool only, those due to be called by today only.
 */
public record LeadQuery(String text, LeadStage stage, LeadSource source, String region, String owner, boolean pool,
        boolean due, String sort, boolean descending, int offset, int limit) {
    /** The filters the list takes (besides {@link ListParams#PAGING}): anything else is refused. */
    public static final List<String> FILTERS = List.of("q", "stage", "source", "region", "owner", "pool", "due");

    /** Columns the list may be sorted by; the order ends in the id, so pages never overlap. */
    public static final List<String> SORTS = List.of("code", "company", "nextContactOn", "updatedAt");

    public LeadQuery {
        if (sort == null || !SORTS.contains(sort)) {
            sort = "code";
        }
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, ListQuery.MAX_ROWS));
    }

    /** @return the query named by request parameters */
    public static LeadQuery from(Function<String, String> param, int offset, int limit) {
        return new LeadQuery(param.apply("q"), Forms.choice(LeadStage.class, "stage", param.apply("stage")),
                Forms.choice(LeadSource.class, "source", param.apply("source")), param.apply("region"),
                param.apply("owner"), ListParams.bool("pool", param.apply("pool"), false),
                ListParams.bool("due", param.apply("due"), false), ListParams.sort(param.apply("sort"), SORTS, "code"),
                ListParams.bool("desc", param.apply("desc"), true), offset, limit);
    }

    String orderBy() {
        String dir = descending ? " desc" : " asc";
        return Stamps.path("l", sort) + dir + ", l.id" + dir;
    }
}
