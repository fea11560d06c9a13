package org.neiqin.api.ids;

import java.util.regex.Pattern;

/**
 * One run of ids in a module's id table: the table its migrations created and the row of that
 * table. A module declares its runs once, as constants, and passes them to {@link IdService#next};
 * a name that is not a plain SQL name is refused here, when the constant is made, not at the first
 * insert.
 *
 * @param table the id table, e.g. {@code CRM_ID}
 * @param name the row, e.g. {@code crm}
 * @since 0.2
 */
public record IdRun(String table, String name) {
    private static final Pattern SQL_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    public IdRun {
        if (table == null || !SQL_NAME.matcher(table).matches()) {
            throw new IllegalArgumentException("not a plain SQL table name: " + table);
        }
        if (name == null || name.isBlank() || name.length() > 64) {
            throw new IllegalArgumentException("an id run needs a name of 1 to 64 characters: " + name);
        }
    }
}
