package org.neiqin.contracts.internal;

import java.time.LocalDate;
import java.util.function.Function;

import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.form.Forms;

/** The filters of the document list, read the same way from the console and from REST. */
public record DocumentQuery(DocumentKind kind, DocumentState state, String text, Long customerId, String salesperson,
        String region, LocalDate from, LocalDate to, int offset, int limit) {

    /** @return the query named by request parameters; an unknown choice or a bad date is bad input. */
    public static DocumentQuery from(Function<String, String> param, int offset, int limit) {
        return new DocumentQuery(Forms.choice(DocumentKind.class, "kind", param.apply("kind")),
                Forms.choice(DocumentState.class, "state", param.apply("state")), param.apply("q"),
                Forms.parse(Long.class, "customer", param.apply("customer")), param.apply("salesperson"),
                param.apply("region"), Forms.parse(LocalDate.class, "from", param.apply("from")),
                Forms.parse(LocalDate.class, "to", param.apply("to")), Math.max(0, offset),
                Math.max(1, Math.min(limit, 500)));
    }
}
