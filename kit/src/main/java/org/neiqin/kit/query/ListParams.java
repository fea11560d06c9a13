package org.neiqin.kit.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;

/**
 * The one reading of a list's parameters, for every module's REST lists and console lists: a
 * client whose query is wrong learns it (400 naming the parameter and what it takes) instead of
 * getting some rows. A {@code limit} above {@link ListQuery#MAX_PAGE} is refused, not cut.
 */
public final class ListParams {
    /** The parameters every list takes besides its filters. */
    public static final List<String> PAGING = List.of("offset", "limit", "sort", "desc");
    /** The parameters the console adds to every page's address (language, page, page size, export). */
    public static final List<String> CONSOLE = List.of("lang", "page", "size", "export", "format");

    private ListParams() {
    }

    /**
     * @param query the request's parameters
     * @param filters the list's own filters
     * @throws ValidationException for a parameter the list does not take
     */
    public static void onlyKnown(Map<String, ? extends List<String>> query, Collection<String> filters) {
        onlyKnown(query.keySet(), filters);
    }

    /**
     * A console list's parameters: its filters, {@link #PAGING}, the console's own ({@link #CONSOLE})
     * and any the page adds ({@code more}, e.g. a tab).
     *
     * @throws ValidationException for a parameter the list does not take
     */
    public static void onlyKnownInConsole(Collection<String> names, Collection<String> filters, String... more) {
        List<String> known = new java.util.ArrayList<>(filters);
        known.addAll(CONSOLE);
        known.addAll(List.of(more));
        onlyKnown(names, known);
    }

    /**
     * For a list or report that takes only the parameters named (no paging): anything else is refused.
     *
     * @throws ValidationException for a parameter not named
     */
    public static void only(Map<String, ? extends List<String>> query, String... names) {
        List<String> known = List.of(names);
        for (String name : query.keySet()) {
            if (!known.contains(name)) {
                throw new ValidationException(name, "unknown", Text.of("list.param.unknown",
                        "the list takes no parameter {0}; it takes {1}", name,
                        known.isEmpty() ? "none" : String.join(", ", new TreeSet<>(known))));
            }
        }
    }

    /**
     * @return the id of a record the list is about ({@code customer=17}): a whole number above 0
     * @throws ValidationException when it is missing or not such a number
     */
    public static long id(String name, String value) {
        Long id = optionalId(name, value);
        if (id == null) {
            throw new ValidationException(name, "required", Text.of("list.param.required", "{0} is required", name));
        }
        return id;
    }

    /** @return {@link #id}, or null when none is given */
    public static Long optionalId(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            id = 0;
        }
        if (id < 1) {
            throw new ValidationException(name, "format", Text.of("list.param.id",
                    "{0} is the number of a record, a whole number above 0", name));
        }
        return id;
    }

    /** @return a whole number from {@code min} to {@code max}, {@code fallback} when none */
    public static int whole(String name, String value, int min, int max, int fallback) {
        int n = integer(name, value, fallback);
        if (n < min || n > max) {
            throw new ValidationException(name, "range", Text.of("list.param.range", "{0} is between {1} and {2}",
                    name, min, max));
        }
        return n;
    }

    private static void onlyKnown(Collection<String> names, Collection<String> filters) {
        for (String name : names) {
            if (!filters.contains(name) && !PAGING.contains(name)) {
                TreeSet<String> known = new TreeSet<>(filters);
                known.addAll(PAGING);
                throw new ValidationException(name, "unknown", Text.of("list.param.unknown",
                        "the list takes no parameter {0}; it takes {1}", name, String.join(", ", known)));
            }
        }
    }

    /** @return the page size asked for: 1 to {@link ListQuery#MAX_PAGE}, {@code fallback} when none */
    public static int limit(String value, int fallback) {
        return whole("limit", value, 1, ListQuery.MAX_PAGE, fallback);
    }

    /** @return the rows to skip: 0 or more, 0 when none */
    public static int offset(String value) {
        int offset = integer("offset", value, 0);
        if (offset < 0) {
            throw new ValidationException("offset", "range", Text.of("list.param.offset", "offset is 0 or more"));
        }
        return offset;
    }

    /** @return the column to sort by: one of {@code sortable}, {@code fallback} when none is given */
    public static String sort(String value, List<String> sortable, String fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!sortable.contains(value.trim())) {
            throw new ValidationException("sort", "unknown", Text.of("list.param.sort",
                    "the list is sorted by one of {0}", String.join(", ", sortable)));
        }
        return value.trim();
    }

    /** @return true for {@code true} or {@code 1}, false for {@code false} or {@code 0}, {@code fallback} when none */
    public static boolean bool(String name, String value, boolean fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true":
            case "1":
                return true;
            case "false":
            case "0":
                return false;
            default:
                throw new ValidationException(name, "format", Text.of("list.param.boolean",
                        "{0} is true or false", name));
        }
    }

    private static int integer(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new ValidationException(name, "format", Text.of("list.param.integer", "{0} is a whole number",
                    name));
        }
    }
}
