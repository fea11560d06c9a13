package ${package}.internal;

import java.time.Instant;

/** One line of the list: only the columns the list shows, read without loading whole records. */
public record ${record}Row(long id, String code, int version, String name, ${record}Kind kind, Instant updatedAt) {
    /** The JPQL columns of a row, in the order of {@link #of(Object[])}. */
    static final String COLUMNS = "v.id, v.code, v.version, v.name, v.kind, v.stamps.updatedAt";

    static ${record}Row of(Object[] r) {
        return new ${record}Row((Long) r[0], (String) r[1], (Integer) r[2], (String) r[3], (${record}Kind) r[4],
                (Instant) r[5]);
    }
}
