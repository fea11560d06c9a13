package org.neiqin.kit.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A filtered list of one entity, read a page at a time, the way every module's list screen and
 * REST list reads it: equality filters that are skipped when blank, a case-insensitive text
 * search, ranges, then one page in a stable order and the size of the whole list.
 *
 * <p>The size costs a scan of every matching row: at 100 000 customers, counting them took three
 * times as long as reading the page. So it is counted only when the page does not already tell it
 * (a page that is not full ends the list), and only up to {@link #COUNT_LIMIT}: beyond that the
 * list says "more than 1 000" ({@link Page#totalExact()} false).
 * A filter that narrows the list gets its exact size back; the modules' reports give exact counts
 * of whole groups.
 *
 * <pre>
 * Page&lt;CustomerEntity&gt; page = ListQuery.of("CustomerEntity", "c")
 *         .eq("region", q.region()).text(q.text(), "fullName", "code")
 *         .page(jpql, CustomerEntity.class, "c.code", offset, limit);
 * </pre>
 */
public final class ListQuery {
    /** Lists longer than this report "more than" this many rows. */
    public static final int COUNT_LIMIT = 1_000;
    /** The most rows a REST or shell page of a list has ({@code limit} beyond it is cut to it). */
    public static final int MAX_PAGE = 500;
    /** The most rows a list query reads at once: an export takes the whole filtered list up to this. */
    public static final int MAX_ROWS = 100_000;

    private final String entity;
    private final String alias;
    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> params = new LinkedHashMap<>();

    private ListQuery(String entity, String alias) {
        this.entity = entity;
        this.alias = alias;
    }

    /** @param entity the JPQL entity name; {@code alias} names it in the clauses added. */
    public static ListQuery of(String entity, String alias) {
        return new ListQuery(entity, alias);
    }

    /** Keeps rows whose {@code field} equals {@code value}; no filter when the value is null or blank. */
    public ListQuery eq(String field, Object value) {
        if (value == null || value instanceof String && ((String) value).isBlank()) {
            return this;
        }
        return where(alias + "." + field + " = :" + param(field), field, value instanceof String ? ((String) value).trim() : value);
    }

    /**
     * Keeps rows where {@code field} is empty when {@code only} is true (a filter such as "not yet checked only").
     *
     * @since 0.3
     */
    public ListQuery isNull(String field, boolean only) {
        if (only) {
            where.append(where.length() == 0 ? " where " : " and ").append(alias).append('.').append(field).append(" is null");
        }
        return this;
    }

    /** Keeps rows where {@code clause} holds, {@code :name} in it bound to {@code value}; none when the value is null. */
    public ListQuery where(String clause, String name, Object value) {
        if (value != null) {
            where.append(where.length() == 0 ? " where " : " and ").append(clause);
            params.put(param(name), value);
        }
        return this;
    }

    /**
     * Keeps rows where {@code clause} holds, a clause of fixed values only (e.g. {@code l.stage not in ('WON', 'LOST')}):
     * never one built from input, which goes in as a parameter through {@link #where(String, String, Object)}.
     *
     * @since 0.4
     */
    public ListQuery where(String clause) {
        where.append(where.length() == 0 ? " where " : " and ").append(clause);
        return this;
    }

    /**
     * Keeps the rows the caller's {@code scope} reaches ({@link Scopes#clause}): their own, by {@code salesperson}
     * (the field of the record's salesperson or owner, null for none), and/or their region's, by {@code region}.
     *
     * @since 0.5
     */
    public ListQuery scope(org.neiqin.api.security.RecordScope scope, String salesperson, String region) {
        if (scope.all()) {
            return this;
        }
        Scopes.Clause c = Scopes.clause(scope, salesperson == null ? null : alias + "." + salesperson,
                region == null ? null : alias + "." + region);
        where.append(where.length() == 0 ? " where " : " and ").append(c.jpql());
        params.putAll(c.params());
        return this;
    }

    /** Keeps rows where any of {@code fields} contains {@code text}, ignoring case; none when blank. */
    public ListQuery text(String text, String... fields) {
        if (text == null || text.isBlank()) {
            return this;
        }
        // % and _ typed by the user are searched for as they are, not as wildcards; control characters dropped
        String clause = List.of(fields).stream().map(f -> "lower(" + alias + "." + f + ") like :text escape '!'")
                .collect(Collectors.joining(" or ", "(", ")"));
        String literal = text.trim().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "").replace("!", "!!")
                .replace("%", "!%").replace("_", "!_");
        return where(clause, "text", "%" + literal + "%");
    }

    /**
     * Runs one JPQL query for {@link ListQuery}; a module passes its {@code EntityManager}'s, e.g.
     * {@code em.createQuery(query)}, each parameter set, {@code setFirstResult(first)},
     * {@code setMaxResults(max)}, {@code getResultList()}.
     */
    @FunctionalInterface
    public interface Jpql {
        List<?> list(String query, Map<String, Object> params, int first, int max);
    }

    /**
     * @param orderBy the JPQL order, ending in a unique column so that pages do not overlap
     * @return the rows from {@code offset} (at most {@code limit}) and the size of the list
     */
    public <T> Page<T> page(Jpql jpql, Class<T> type, String orderBy, int offset, int limit) {
        return page(jpql, alias, row -> type.cast(row[0]), orderBy, offset, limit);
    }

    /**
     * A page of list lines rather than entities: only {@code columns} are read (for example
     * {@code "c.id, c.code, c.fullName"}) and {@code line} makes one line of a row's values, in
     * that order. A list screen shows a dozen columns of a card that has fifty; reading whole
     * entities for it made a page of 50 customers cost four times a page of one.
     *
     * <p>The entity's key is its field {@code id}. The page's ids are read first in the list's order and
     * its rows then by id, so an index on the filter and order columns (ending in {@code ID}) serves a
     * page of a long list without sorting it.
     *
     * @param orderBy the JPQL order, ending in a unique column so that pages do not overlap
     * @return the lines from {@code offset} (at most {@code limit}) and the size of the list
     * @since 0.2
     */
    public <T> Page<T> page(Jpql jpql, String columns, Function<Object[], T> line, String orderBy, int offset,
            int limit) {
        // the page's ids first, then their rows: the ids in the list's order are read from an index that
        // holds the filter and the order (Derby then reads 50 index entries instead of sorting every
        // matching row with all its columns), and the rows by their primary key
        List<?> ids = jpql.list("select " + alias + ".id from " + entity + " " + alias + where + " order by " + orderBy,
                params, offset, limit);
        List<T> found = new ArrayList<>();
        if (!ids.isEmpty()) {
            Map<Object, Object[]> rows = new java.util.HashMap<>();
            for (Object row : jpql.list("select " + alias + ".id, " + columns + " from " + entity + " " + alias
                    + " where " + alias + ".id in :pageIds", Map.of("pageIds", ids), 0, ids.size())) {
                Object[] r = (Object[]) row;
                rows.put(r[0], java.util.Arrays.copyOfRange(r, 1, r.length));
            }
            for (Object id : ids) {
                Object[] r = rows.get(id);
                if (r != null) {
                    found.add(line.apply(r));
                }
            }
        }
        return Page.of(found, offset, limit, () -> boundedCount(jpql));
    }

    /**
     * @return the size of the list, or {@code COUNT_LIMIT + 1} for any longer list. The database
     *         skips to the row past the limit itself, so no counted row travels to the module.
     */
    private int boundedCount(Jpql jpql) {
        String from = " from " + entity + " " + alias + where;
        if (!jpql.list("select 1" + from, params, COUNT_LIMIT, 1).isEmpty()) {
            return COUNT_LIMIT + 1;
        }
        return ((Number) jpql.list("select count(*)" + from, params, 0, 1).get(0)).intValue();
    }

    private static String param(String name) {
        return name.replace('.', '_');
    }

    /**
     * One page of a list.
     *
     * @param rows the page
     * @param total rows in the whole list; when not {@code totalExact}, at least this many
     * @param totalExact whether {@code total} is the exact size (false beyond {@link #COUNT_LIMIT})
     */
    public record Page<T>(List<T> rows, long total, boolean totalExact) {
        /** @param boundedCount counts the list up to {@code COUNT_LIMIT + 1} rows; called only when needed */
        static <T> Page<T> of(List<T> rows, int offset, int limit, java.util.function.IntSupplier boundedCount) {
            long seen = (long) offset + rows.size();
            if (rows.size() < limit && (offset == 0 || !rows.isEmpty())) {
                return new Page<>(rows, seen, true);
            }
            if (seen > COUNT_LIMIT) {
                return new Page<>(rows, seen, false);
            }
            int counted = boundedCount.getAsInt();
            if (counted <= COUNT_LIMIT) {
                return new Page<>(rows, counted, true);
            }
            return new Page<>(rows, Math.max(COUNT_LIMIT, seen), false);
        }

        /** @return the same page with each row turned into {@code R}. */
        public <R> Page<R> map(Function<? super T, ? extends R> f) {
            List<R> mapped = new ArrayList<>(rows.size());
            rows.forEach(r -> mapped.add(f.apply(r)));
            return new Page<>(mapped, total, totalExact);
        }
    }
}
