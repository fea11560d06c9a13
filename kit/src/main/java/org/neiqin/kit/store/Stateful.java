package org.neiqin.kit.store;

/**
 * A record that moves through the states of a {@link Transitions} (a document, a claim, a lead):
 * {@link Store#move} refuses a step its transitions do not allow and audits every step it takes as a
 * transition with its reason.
 *
 * @param <S> the record's states
 */
public interface Stateful<S extends Enum<S>> extends Versioned, Stamped {
    /** @return the row's id: the audit entry's entity id */
    long id();

    S state();

    /** Sets the state; called by {@link Store#move} only. */
    void state(S to);

    /** @return the steps a record of this kind may take (a constant of the state type) */
    Transitions<S> transitions();
}
