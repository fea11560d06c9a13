package org.neiqin.invoicing.internal;

import org.neiqin.kit.store.Transitions;

/**
 * Where a statement of account stands (对账): prepared by the office, agreed with finance first, sent to the customer,
 * then signed back (回传) or disputed; a statement not yet sent may be withdrawn.
 */
public enum StatementState {
    /** Prepared by the office: its figures are frozen; finance has not yet agreed them. */
    PREPARED,
    /** Finance agreed the figures (先和财务对): it may go to the customer. */
    AGREED,
    /** Sent to the customer, waiting for the signed copy. */
    SENT,
    /** The customer signed it back: the figures are agreed on both sides. */
    SIGNED,
    /** The customer disputed entries: a corrected statement is prepared. */
    DISPUTED,
    /** Withdrawn before it was sent. */
    WITHDRAWN;

    static final Transitions<StatementState> STEPS = Transitions.of(StatementState.class)
            .step(PREPARED, AGREED, WITHDRAWN)
            .step(AGREED, SENT, WITHDRAWN)
            .step(SENT, SIGNED, DISPUTED);
}
