package org.neiqin.core.internal.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned schema change of a module: {@code V<n>__<description>.sql}. Statements end with a
 * {@code ;} at the end of a line; {@code --} lines are comments. Where the databases differ, a
 * version comes as one script per database instead: {@code V<n>__<description>.derby.sql} and
 * {@code V<n>__<description>.postgresql.sql}; each database runs its own (a version may also exist
 * for one database only, e.g. an index kind only PostgreSQL has).
 */
public final class MigrationScript implements Comparable<MigrationScript> {
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+?)(?:\\.(derby|postgresql))?\\.sql");

    /** The databases a script may be written for alone. */
    public static final String DERBY = "derby";
    public static final String POSTGRESQL = "postgresql";

    private final int version;
    private final String description;
    private final String sql;
    private final String database;

    public MigrationScript(int version, String description, String sql) {
        this(version, description, sql, null);
    }

    /** @param database {@link #DERBY} or {@link #POSTGRESQL} for a script of one database only, else null */
    public MigrationScript(int version, String description, String sql, String database) {
        this.version = version;
        this.description = description;
        this.sql = sql;
        this.database = database;
    }

    /**
     * @param fileName e.g. {@code V2__add_customer_grade.sql}
     * @throws IllegalArgumentException if the name does not follow the convention
     */
    public static MigrationScript parse(String fileName, String sql) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalArgumentException("migration file " + fileName
                    + " must be named V<number>__<description>.sql, or .derby.sql/.postgresql.sql for one database");
        }
        return new MigrationScript(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), sql, m.group(3));
    }

    /** @return whether this script is for {@code database} ({@link #DERBY} or {@link #POSTGRESQL}) */
    public boolean isFor(String database) {
        return this.database == null || this.database.equals(database);
    }

    public int version() { return version; }

    public String description() { return description; }

    /** @return SHA-256 of the script text with line endings normalised, so an edited script is noticed. */
    public String checksum() {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(sql.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<String> statements() {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : sql.split("\r?\n")) {
            String t = line.trim();
            if (t.isEmpty() || t.startsWith("--")) {
                continue;
            }
            if (cur.length() > 0) {
                cur.append('\n');
            }
            if (t.endsWith(";")) {
                cur.append(line, 0, line.lastIndexOf(';'));
                out.add(cur.toString().trim());
                cur.setLength(0);
            } else {
                cur.append(line);
            }
        }
        if (cur.toString().trim().length() > 0) {
            out.add(cur.toString().trim());
        }
        return out;
    }

    @Override
    public int compareTo(MigrationScript o) { return Integer.compare(version, o.version); }

    @Override
    public String toString() { return "V" + version + " " + description; }
}
