package org.neiqin.kit.store;

import java.time.Instant;

import javax.persistence.Embeddable;

/**
 * Who made a row and when, who changed it last and when: columns {@code CREATED_AT},
 * {@code CREATED_BY}, {@code UPDATED_AT}, {@code UPDATED_BY} of the entity's table. Set only by the
 * store ({@link Store#create}, {@link Store#touch}, {@link Store#move}), never by hand. An entity
 * embeds it as {@code @Embedded Stamps stamps = new Stamps();} and lists this class in its
 * {@code persistence.xml}.
 */
@Embeddable
public class Stamps {
    Instant createdAt;
    String createdBy;
    Instant updatedAt;
    String updatedBy;

    void created(Instant at, String by) {
        createdAt = at;
        createdBy = by;
        updatedAt = at;
        updatedBy = by;
    }

    void touched(Instant at, String by) {
        updatedAt = at;
        updatedBy = by;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    /**
     * @param alias the entity's alias in a JPQL query
     * @param field a field of the entity, or one of the stamps' ({@code updatedAt}) as lists name them
     * @return the field's JPQL path: {@code v.stamps.updatedAt} for a stamp, else {@code v.field}
     */
    public static String path(String alias, String field) {
        boolean stamp = switch (field) {
            case "createdAt", "createdBy", "updatedAt", "updatedBy" -> true;
            default -> false;
        };
        return alias + (stamp ? ".stamps." : ".") + field;
    }
}
