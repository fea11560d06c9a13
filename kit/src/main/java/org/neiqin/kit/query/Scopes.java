package org.neiqin.kit.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.NotFoundException;
import org.neiqin.api.error.Text;
import org.neiqin.api.security.RecordScope;

/**
 * The caller's {@link RecordScope} applied to a module's records: as a JPQL condition for a list, a count or a report
 * (the same condition everywhere, so that what is listed, counted, exported and reported agree), and as a check of
 * one record asked for by its id (outside the scope it is not found, as one that does not exist).
 *
 * @since 0.5 (of the kit)
 */
public final class Scopes {
    private Scopes() {
    }

    /**
     * A condition and its parameters.
     *
     * @param jpql the condition, {@code (…)}; {@code 1 = 1} for every record
     * @param params its parameters ({@code scopePeople}, {@code scopeRegion})
     */
    public record Clause(String jpql, Map<String, Object> params) {
    }

    /**
     * @param salesperson the path of the record's salesperson (or owner) in the query, e.g. {@code c.salesperson}, or
     *        null for records that have none (then only a region scope reaches them)
     * @param region the path of the record's region, or null for records that have none
     * @return the condition that keeps the records in {@code scope}
     */
    public static Clause clause(RecordScope scope, String salesperson, String region) {
        if (scope.all()) {
            return new Clause("1 = 1", Map.of());
        }
        StringBuilder c = new StringBuilder("(");
        Map<String, Object> params = new LinkedHashMap<>();
        if (salesperson != null && !scope.people().isEmpty()) {
            c.append(salesperson).append(" in :scopePeople");
            params.put("scopePeople", scope.people());
        }
        if (region != null && scope.region() != null) {
            c.append(params.isEmpty() ? "" : " or ").append(region).append(" = :scopeRegion");
            params.put("scopeRegion", scope.region());
        }
        if (params.isEmpty()) {
            c.append("1 = 0");
        }
        return new Clause(c.append(')').toString(), params);
    }

    /**
     * @param what the records, plural, as a user calls them ("customers", "documents")
     * @return the problem of a record the caller would not see once written (another's, another region's), in field
     *         {@code salesperson} (or {@code region} for a region scope); none when {@code scope} reaches it
     */
    public static List<FieldError> problems(RecordScope scope, String salesperson, String region, String what) {
        if (scope.covers(salesperson, region)) {
            return List.of();
        }
        if (scope.people().isEmpty()) {
            return List.of(new FieldError("region", "scope", Text.of("scope.region",
                    "you keep the {0} of region {1} only", what, scope.region() == null ? "-" : scope.region())));
        }
        String people = String.join(" / ", new java.util.TreeSet<>(scope.people()));
        return List.of(new FieldError("salesperson", "scope", scope.region() == null
                ? Text.of("scope.own", "you keep your own {0} only (salesperson {1})", what, people)
                : Text.of("scope.ownOrRegion", "you keep your own {0} (salesperson {1}) or those of region {2} only", what,
                        people, scope.region())));
    }

    /**
     * @return {@code row}, when {@code scope} covers its salesperson and region
     * @throws NotFoundException 404 as for a record that does not exist, when it does not
     */
    public static <E> E require(RecordScope scope, E row, String salesperson, String region, String what, Object id) {
        if (!scope.covers(salesperson, region)) {
            throw new NotFoundException(what, id);
        }
        return row;
    }
}
