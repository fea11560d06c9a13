package org.neiqin.crm.internal;

import java.util.List;

import org.neiqin.api.crm.Grade;
import org.neiqin.api.crm.Lifecycle;
import org.neiqin.api.crm.Nature;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.query.ListQuery;

/**
 * Filters, order and page of a customer list. {@code archived} null lists both.
 */
public record CustomerQuery(String text, Lifecycle lifecycle, Nature nature, Grade grade, String region, String route,
        String salesperson, String creditRating, PaymentTerms paymentTerms, Boolean archived, String sort,
        boolean descending, int offset, int limit) {

    /** The filters a list takes (besides {@link ListParams#PAGING}). */
    public static final List<String> FILTERS = List.of("q", "lifecycle", "nature", "grade", "region", "route",
            "salesperson", "creditRating", "paymentTerms", "archived");

    /** What {@code archived} takes: the files in use (the default), the archived ones, or all. */
    public static final List<String> ARCHIVED_CHOICES = List.of("false", "true", "all");

    /** Columns a list may be sorted by. */
    public static final List<String> SORTS = List.of("code", "fullName", "region", "route", "grade", "lifecycle",
            "updatedAt");

    public CustomerQuery {
        if (sort == null || !SORTS.contains(sort)) {
            sort = "code";
        }
        offset = Math.max(0, offset);
        limit = Math.max(1, Math.min(limit, ListQuery.MAX_ROWS));
    }

    /**
     * Reads the filters as the REST resource and the console page receive them (text parameters);
     * an unknown choice is bad input naming the parameter. {@code archived} is
     * {@code false} (default), {@code true} or {@code all}; {@code desc} is {@code true} or {@code 1}.
     */
    public static CustomerQuery from(java.util.function.Function<String, String> param, int offset, int limit) {
        String archived = param.apply("archived") == null || param.apply("archived").isBlank() ? "false"
                : param.apply("archived").trim();
        Boolean which = "all".equals(archived) ? null : ListParams.bool("archived", archived, false);
        return new CustomerQuery(param.apply("q"), Forms.choice(Lifecycle.class, "lifecycle", param.apply("lifecycle")),
                Forms.choice(Nature.class, "nature", param.apply("nature")),
                Forms.choice(Grade.class, "grade", param.apply("grade")), param.apply("region"), param.apply("route"),
                param.apply("salesperson"), param.apply("creditRating"),
                Forms.choice(PaymentTerms.class, "paymentTerms", param.apply("paymentTerms")),
                which, ListParams.sort(param.apply("sort"), SORTS, "code"),
                ListParams.bool("desc", param.apply("desc"), false), offset, limit);
    }

    public static CustomerQuery active(int offset, int limit) {
        return new CustomerQuery(null, null, null, null, null, null, null, null, null, false, "code", false, offset, limit);
    }
}
