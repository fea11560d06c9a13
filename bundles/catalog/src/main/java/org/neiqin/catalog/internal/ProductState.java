package org.neiqin.catalog.internal;

import org.neiqin.kit.store.Transitions;

/**
 * Whether a product may go on a new line: an active one may; a discontinued one stays readable on every document
 * that names it and may be reinstated. Labels are {@code enum.ProductState.<NAME>} in the messages.
 */
public enum ProductState {
    ACTIVE,
    DISCONTINUED;

    static final Transitions<ProductState> STEPS = Transitions.of(ProductState.class)
            .step(ACTIVE, DISCONTINUED)
            .step(DISCONTINUED, ACTIVE);
}
