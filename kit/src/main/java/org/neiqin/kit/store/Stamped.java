package org.neiqin.kit.store;

/** An entity that keeps who made it and who changed it last ({@link Stamps}). */
public interface Stamped {
    /** @return the entity's stamps (never null) */
    Stamps stamps();
}
