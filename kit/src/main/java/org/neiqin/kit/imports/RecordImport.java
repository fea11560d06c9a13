package org.neiqin.kit.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neiqin.api.console.Csv;
import org.neiqin.api.error.FieldError;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Spec;

/**
 * The kit's record import: a file of records of one type (a workbook's first sheet or a CSV, one record a row under a
 * header of the record's field names) read and checked before anything is stored. Every problem of every row is
 * collected, so a user fixes the whole file in one go; a module stores the records only when the report is
 * {@linkplain Report#clean() clean}. Each row is bound with {@link Forms#bind} (the record's {@link Spec}s) and checked
 * with the module's own rules; a key (a customer's full name, a product's code) may not be on two rows.
 *
 * <p>Row numbers are those a spreadsheet shows: the header is row 1, the first data row is row 2, blank rows count,
 * and a line break inside a quoted cell does not start a new row.
 *
 * @param <R> the record a row is
 */
public final class RecordImport<R extends Record> {
    /** The most problems a report lists; it counts them all. */
    public static final int SHOWN_PROBLEMS = 1000;
    /** The keys a report shows as read, so that a user sees the file was read right. */
    public static final int SAMPLE = 5;

    /** One broken rule: {@code field} is a column name, or {@code ""} when the problem is the whole row. */
    public record Problem(int row, String field, String rule, String message) {
        @Override
        public String toString() {
            return "row " + row + (field.isEmpty() ? "" : ", " + field) + ": " + message;
        }
    }

    /**
     * What a file holds: how many records, the first {@value #SHOWN_PROBLEMS} problems (in file order) and how many
     * there are in all, and the first {@value #SAMPLE} keys as read.
     */
    public record Report(int records, List<Problem> problems, int problemCount, List<String> sample) {
        public Report {
            problems = List.copyOf(problems);
            sample = List.copyOf(sample);
        }

        public boolean clean() {
            return problemCount == 0;
        }

        /** @return the problems shown, each an error named by its row (and column) */
        public List<FieldError> errors() {
            return problems.stream().map(p -> new FieldError("row " + p.row() + (p.field().isEmpty() ? "" : ": " + p.field()),
                    "import", p.message())).collect(Collectors.toList());
        }
    }

    /** A file checked: its report and how it was read ({@code xlsx}, or the CSV's encoding). */
    public record Checked(Report report, String format) {
    }

    private final Class<R> type;
    private final List<String> columns;
    private final String currency;
    private final Function<R, List<FieldError>> rules;
    private final String keyField;
    private final Function<R, String> key;
    private final String noun;
    private final Map<String, String> example;

    /**
     * @param type the record a row is
     * @param currency the one the file's amounts are in where a cell names none ({@code 200000}, or
     *        {@code 200000 CNY}): the company's; a cell in another is a problem
     * @param rules the module's checks of a bound record beyond its fields' {@link Spec}s
     * @param keyField the field no two rows may share (its value as {@code key} reads it), shown as the sample
     * @param key a row's key, as rows are compared (e.g. without case and spacing)
     * @param noun what the records are, in a message ({@code customers}, {@code products})
     * @param example a realistic value per column, for the template
     */
    public RecordImport(Class<R> type, String currency, Function<R, List<FieldError>> rules, String keyField,
            Function<R, String> key, String noun, Map<String, String> example) {
        this.type = type;
        this.columns = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toUnmodifiableList());
        this.currency = currency;
        this.rules = rules;
        this.keyField = keyField;
        this.key = key;
        this.noun = noun;
        this.example = Map.copyOf(example);
    }

    /** @return the columns a file may have: the record's fields, in order */
    public List<String> columns() {
        return columns;
    }

    /** Checks a file held in memory (pasted text, a test's). */
    public Report check(String text) {
        return check(text, r -> { });
    }

    /** {@link #check(String)}, handing on every record read (also from a file with problems). */
    public Report check(String text, Consumer<R> records) {
        Rows rows = rows(records);
        try {
            // pasted text is held already; what is read of it is bounded as a file's is
            CsvText.read(new StringReader(text), ImportLimits.bounded(rows));
        } catch (CsvText.Unterminated e) {
            rows.unterminated(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return rows.report();
    }

    /** Checks rows already read: a CSV file's or a workbook's first sheet's. */
    public Report check(List<List<String>> cells) {
        Rows rows = rows(r -> { });
        cells.forEach(rows);
        return rows.report();
    }

    /**
     * Reads and checks an uploaded file as it streams, handing on every record read (also from a file with problems).
     *
     * @param charset the CSV's character set when the user names it, else null
     */
    public Checked read(ImportFile file, String charset, Consumer<R> records) {
        Rows rows = rows(records);
        String format = "csv";
        try {
            format = file.rows(charset, rows);
        } catch (CsvText.Unterminated e) {
            rows.unterminated(e);
        }
        return new Checked(rows.report(), format);
    }

    /** @return a checker of rows as they are read, handing each record that binds to {@code records} */
    public Rows rows(Consumer<R> records) {
        return new Rows(records);
    }

    /**
     * Checks a file row by row as it is read, in the memory of one row: the header first (a wrong header stops the
     * check there); then binds and checks every row and hands on each record that binds. Completely blank rows are
     * skipped; rows whose cell count differs from the header's get one problem and no record; a key already on an
     * earlier row is a problem of the later row.
     */
    public final class Rows implements Consumer<List<String>> {
        private final Consumer<R> records;
        private final List<Problem> problems = new ArrayList<>();
        private final List<String> sample = new ArrayList<>();
        private final RowKeys firstRowOfKey = new RowKeys();
        private int problemCount;
        private int count;
        private int rowNo;
        private List<String> header;
        private Map<String, Integer> index;
        private boolean headerBroken;
        private boolean anyRow;
        private boolean anyText;

        private Rows(Consumer<R> records) {
            this.records = records;
        }

        @Override
        public void accept(List<String> cells) {
            rowNo++;
            boolean blank = cells.stream().allMatch(String::isBlank);
            anyText |= !blank;
            if (header == null) {
                header = cells;
                List<Problem> found = new ArrayList<>();
                index = header(header, found);
                found.forEach(this::problem);
                headerBroken = !found.isEmpty();
                return;
            }
            if (headerBroken || blank) {
                return;
            }
            anyRow = true;
            if (cells.size() != header.size()) {
                problem(new Problem(rowNo, "", "cells", "the row has " + cells.size() + " cells, the header has "
                        + header.size()));
                return;
            }
            List<FieldError> errors = new ArrayList<>();
            R d = Forms.bind(type, Forms.inCurrency(name -> {
                Integer j = index.get(name);
                return j == null ? null : undefused(cells.get(j));
            }, currency), errors);
            // a cell that could not be read is left empty: don't report it again as "required"
            Set<String> unreadable = errors.stream().map(FieldError::field).collect(Collectors.toSet());
            List<FieldError> broken = new ArrayList<>(rules.apply(d));
            broken.addAll(Forms.inCurrency(d, currency));
            for (FieldError e : broken) {
                if (!unreadable.contains(e.field())) {
                    errors.add(e);
                }
            }
            for (FieldError e : errors) {
                problem(new Problem(rowNo, e.field(), e.rule(), e.message()));
            }
            String k = key.apply(d);
            if (k != null) {
                int first = firstRowOfKey.putIfAbsent(k, rowNo);
                if (first != 0) {
                    problem(new Problem(rowNo, keyField, "duplicate", "'" + Forms.strings(d).get(keyField)
                            + "' is already on row " + first));
                }
                if (sample.size() < SAMPLE) {
                    sample.add(Forms.strings(d).get(keyField));
                }
            }
            count++;
            records.accept(d);
        }

        /** The file ended inside a quoted cell: the row it is in is reported, and the check ends. */
        public void unterminated(CsvText.Unterminated e) {
            problem(new Problem(e.row(), "", "format", e.getMessage()));
        }

        private void problem(Problem p) {
            problemCount++;
            if (problems.size() < SHOWN_PROBLEMS) {
                problems.add(p);
            }
        }

        /** @return the report of every row read so far */
        public Report report() {
            Problem none = new Problem(1, "", "empty", "the file holds no " + noun);
            if (!anyText) {
                return new Report(0, List.of(none), 1, List.of());
            }
            List<Problem> all = new ArrayList<>(problems);
            int n = problemCount;
            if (!headerBroken && !anyRow) {
                all.add(none);
                n++;
            }
            return new Report(count, all, n, sample);
        }
    }

    /** @return field name → cell index; header problems are added to {@code problems}. */
    private Map<String, Integer> header(List<String> header, List<Problem> problems) {
        Map<String, String> known = new HashMap<>();
        for (String c : columns) {
            known.put(c.toLowerCase(Locale.ROOT), c);
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        Set<String> reported = new HashSet<>();
        for (int j = 0; j < header.size(); j++) {
            String raw = header.get(j).trim();
            if (raw.isEmpty()) {
                problems.add(new Problem(1, "", "header", "column " + (j + 1) + " has no name"));
                continue;
            }
            String name = known.get(raw.toLowerCase(Locale.ROOT));
            if (name == null) {
                problems.add(new Problem(1, raw, "header", "unknown column; known columns are: " + String.join(", ", columns)));
            } else if (index.containsKey(name)) {
                if (reported.add(name)) {
                    problems.add(new Problem(1, name, "header", "the column " + name + " appears more than once (columns "
                            + (index.get(name) + 1) + " and " + (j + 1) + ")"));
                }
            } else {
                index.put(name, j);
            }
        }
        // a required column missing from the header is said once, not once per row
        for (RecordComponent c : type.getRecordComponents()) {
            Spec spec = c.getAnnotation(Spec.class);
            if (spec != null && spec.required() && !index.containsKey(c.getName())) {
                problems.add(new Problem(1, c.getName(), "header", "the header has no " + c.getName()
                        + " column; every row needs it"));
            }
        }
        return index;
    }

    /**
     * @return the cell as typed: a value Neiqin's own export wrote after an apostrophe, so that a spreadsheet would
     *         not run it ({@code '+86 24...}, {@code '=SUM}), gets its apostrophe off
     */
    public static String undefused(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r\n".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    /** @return the template's example record: a value per column, in the columns' order */
    public List<String> example() {
        return columns.stream().map(c -> example.getOrDefault(c, "")).collect(Collectors.toList());
    }

    /** @return a file to start from: the header (every column, in order) and one example record, CRLF line ends */
    public String template() {
        String head = String.join(",", columns);
        String row = example().stream().map(Csv::cell).collect(Collectors.joining(","));
        return head + "\r\n" + row + "\r\n";
    }
}
