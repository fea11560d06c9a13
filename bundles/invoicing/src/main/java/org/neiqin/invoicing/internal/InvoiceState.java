package org.neiqin.invoicing.internal;

import org.neiqin.kit.store.Transitions;

/** Where an invoice stands: a request prepared, reviewed, then issued by finance (or withdrawn before it is). */
public enum InvoiceState {
    /** The request being prepared (also after a reviewer returned it). */
    DRAFT,
    /** Sent for review. */
    IN_REVIEW,
    /** Reviewed: waits for finance to issue it. */
    APPROVED,
    /** Issued with its number: never edited again (a credit note corrects it). */
    ISSUED,
    /** Withdrawn before it was issued: its quantities are free to bill again. */
    CANCELLED;

    static final Transitions<InvoiceState> STEPS = Transitions.of(InvoiceState.class)
            .step(DRAFT, IN_REVIEW, CANCELLED)
            .step(IN_REVIEW, APPROVED, DRAFT)
            .step(APPROVED, ISSUED, CANCELLED);
}
