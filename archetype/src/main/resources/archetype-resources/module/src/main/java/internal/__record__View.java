package ${package}.internal;

import java.time.Instant;

/** One record as REST, the console and the shell show it. */
public record ${record}View(long id, String code, int version, ${record}Data data, Instant createdAt, String createdBy,
        Instant updatedAt, String updatedBy) {
}
