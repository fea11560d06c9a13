package org.neiqin.kit.store;

import javax.persistence.Embedded;
import javax.persistence.Id;
import javax.persistence.MappedSuperclass;
import javax.persistence.Version;

/**
 * What every record users keep and change has, written once: its id from the module's id run
 * (column {@code ID}), its optimistic lock ({@code VERSION}) and its {@link Stamps}. An entity
 * extends it, lists this class and {@link Stamps} in its {@code persistence.xml}, and adds its own
 * columns and {@link #reference()}; a record with states implements {@link Stateful} besides.
 *
 * <p>The fields are public so that a module's services, in the entity's package, read them as they
 * read the entity's own; entities never leave a module.
 */
@MappedSuperclass
public abstract class Recorded implements Row, Versioned, Stamped {
    @Id
    public Long id;
    @Version
    public int version;
    @Embedded
    public Stamps stamps = new Stamps();

    @Override
    public void assignId(long id) {
        this.id = id;
    }

    /** @return the row's id: the audit entry's entity id */
    public long id() {
        return id;
    }

    @Override
    public int version() {
        return version;
    }

    @Override
    public Stamps stamps() {
        return stamps;
    }
}
