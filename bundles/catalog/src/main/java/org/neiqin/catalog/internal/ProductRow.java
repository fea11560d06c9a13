package org.neiqin.catalog.internal;

import java.time.Instant;

/** One line of the list: only the columns the list shows, read without loading whole products. */
public record ProductRow(long id, String code, int version, String name, String spec, String unit,
        String productGroup, String taxCode, ProductState state, Instant updatedAt) {
    /** The JPQL columns of a row, in the order of {@link #of(Object[])}. */
    static final String COLUMNS = "v.id, v.code, v.version, v.name, v.spec, v.unit, v.productGroup, v.taxCode, v.state,"
            + " v.stamps.updatedAt";

    static ProductRow of(Object[] r) {
        return new ProductRow((Long) r[0], (String) r[1], (Integer) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], (ProductState) r[8], (Instant) r[9]);
    }
}
