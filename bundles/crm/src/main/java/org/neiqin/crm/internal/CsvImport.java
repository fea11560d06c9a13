package org.neiqin.crm.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
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
import java.util.stream.Collectors;

import org.neiqin.api.console.Csv;
import org.neiqin.api.error.FieldError;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.imports.CsvText;
import org.neiqin.kit.imports.RowKeys;

/**
 * Reads and checks a CSV file of customer cards (one {@link CustomerData} a row) before anything is
 * imported: every problem of every row is collected, so a user can fix the whole file in one go. Pure: no
 * database, no OSGi; the caller imports {@link Report#customers()} only when the report is
 * {@linkplain Report#clean() clean}.
 *
 * <p>Row numbers are those a spreadsheet shows: the header is row 1, the first data row is row 2, blank
 * rows count, and a line break inside a quoted cell does not start a new row.
 */
public final class CsvImport {
    /** The CSV columns: the {@link CustomerData} components, in order. */
    private static final List<String> COLUMNS = Arrays.stream(CustomerData.class.getRecordComponents())
            .map(RecordComponent::getName).collect(Collectors.toUnmodifiableList());

    private CsvImport() {
    }

    /** One broken rule: {@code field} is a column name, or {@code ""} when the problem is the whole row. */
    public record Problem(int row, String field, String rule, String message) {
        @Override
        public String toString() {
            return "row " + row + (field.isEmpty() ? "" : ", " + field) + ": " + message;
        }
    }

    /** The most problems a report lists; it counts them all. */
    public static final int SHOWN_PROBLEMS = 1000;

    /** The names a report shows as read, so that a user sees the file was read right. */
    public static final int SAMPLE = 5;

    /**
     * What a file holds: how many cards, the first {@value #SHOWN_PROBLEMS} problems (in file order)
     * and how many there are in all, and the first {@value #SAMPLE} full names as read.
     */
    public record Report(int customers, List<Problem> problems, int problemCount, List<String> sample) {
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

    // ------------------------------------------------------------------------------------------ parse

    /** @see CsvText#parse(String) the one CSV reader of imports, in the kit */
    public static List<List<String>> parse(String text) {
        return CsvText.parse(text);
    }

    // ------------------------------------------------------------------------------------------ check

    /**
     * Reads a customer file held in memory: a header row of {@link CustomerData} field names (any case,
     * any order, missing columns are empty), then one customer a row.
     *
     * @see Rows the rules, as a file streams
     */
    public static Report check(LocalDate today, String currency, String text) {
        return check(today, currency, text, c -> { });
    }

    /** {@link #check(LocalDate, String, String)}, handing on every card read (also from a file with problems). */
    public static Report check(LocalDate today, String currency, String text, Consumer<CustomerData> customers) {
        Rows rows = new Rows(today, currency, customers);
        try {
            CsvText.read(new StringReader(text), rows);
        } catch (CsvText.Unterminated e) {
            rows.unterminated(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
        return rows.report();
    }

    /** {@link #check(LocalDate, String, String)} of rows already read: a CSV file's or a workbook's first sheet's. */
    public static Report check(LocalDate today, String currency, List<List<String>> rows) {
        Rows r = new Rows(today, currency, c -> { });
        rows.forEach(r);
        return r.report();
    }

    /**
     * Checks a customer file row by row as it is read, in the memory of one row: the header first
     * (a wrong header stops the check there); then binds and checks every row with {@link Forms#bind}
     * and {@link CustomerRules#check}, and hands on each card that binds. Completely blank rows are
     * skipped; rows whose cell count differs from the header's get one problem and no customer; a full
     * name already on an earlier row is a problem of the later row.
     */
    public static final class Rows implements Consumer<List<String>> {
        private final Consumer<CustomerData> customers;
        private final LocalDate today;
        private final String currency;
        private final List<Problem> problems = new ArrayList<>();
        private final List<String> sample = new ArrayList<>();
        private final RowKeys firstRowOfName = new RowKeys();
        private int problemCount;
        private int count;
        private int rowNo;
        private List<String> header;
        private Map<String, Integer> index;
        private boolean headerBroken;
        private boolean anyRow;
        private boolean anyText;

        /**
         * @param today the company's date: a founding date after it is a problem
         * @param currency the one the file's amounts are in where a cell names none ({@code 200000}, or
         *        {@code 200000 CNY}): the company's; a cell in another is a problem
         * @param customers gets each card read, in file order
         */
        public Rows(LocalDate today, String currency, Consumer<CustomerData> customers) {
            this.today = today;
            this.currency = currency;
            this.customers = customers;
        }

        @Override
        public void accept(List<String> cells) {
            rowNo++;
            boolean blank = blank(cells);
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
            CustomerData d = Forms.bind(CustomerData.class, Forms.inCurrency(name -> {
                Integer j = index.get(name);
                return j == null ? null : undefused(cells.get(j));
            }, currency), errors);
            // a cell that could not be read is left empty: don't report it again as "required"
            Set<String> unreadable = errors.stream().map(FieldError::field).collect(Collectors.toSet());
            List<FieldError> broken = new ArrayList<>(CustomerRules.check(d, today));
            broken.addAll(Forms.inCurrency(d, currency));
            for (FieldError e : broken) {
                if (!unreadable.contains(e.field())) {
                    errors.add(e);
                }
            }
            for (FieldError e : errors) {
                problem(new Problem(rowNo, e.field(), e.rule(), e.message()));
            }
            if (d.fullName() != null) {
                int first = firstRowOfName.putIfAbsent(nameKey(d.fullName()), rowNo);
                if (first != 0) {
                    problem(new Problem(rowNo, "fullName", "duplicate", "'" + d.fullName() + "' is already on row " + first));
                }
                if (sample.size() < SAMPLE) {
                    sample.add(d.fullName());
                }
            }
            count++;
            customers.accept(d);
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
            Problem none = new Problem(1, "", "empty", "the file holds no customers");
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

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    /** @return field name → cell index; header problems are added to {@code problems}. */
    private static Map<String, Integer> header(List<String> header, List<Problem> problems) {
        Map<String, String> known = new HashMap<>();
        for (String c : COLUMNS) {
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
                problems.add(new Problem(1, raw, "header", "unknown column; known columns are: " + String.join(", ", COLUMNS)));
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
        for (java.lang.reflect.RecordComponent c : CustomerData.class.getRecordComponents()) {
            if (c.getAnnotation(Spec.class).required() && !index.containsKey(c.getName())) {
                problems.add(new Problem(1, c.getName(), "header", "the header has no " + c.getName()
                        + " column; every customer needs it"));
            }
        }
        return index;
    }

    /** Two full names are the same customer if they differ only in case and spacing. */
    private static String nameKey(String fullName) {
        return fullName.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    // --------------------------------------------------------------------------------------- template

    /** One realistic customer, a value for every column. */
    private static final Map<String, String> EXAMPLE = new LinkedHashMap<>();

    static {
        EXAMPLE.put("fullName", "沈阳北方机械制造有限公司");
        EXAMPLE.put("shortName", "北方机械");
        EXAMPLE.put("address", "辽宁省沈阳市铁西区北二中路12号");
        EXAMPLE.put("phone", "024-2561 8830");
        EXAMPLE.put("fax", "024-2561 8831");
        EXAMPLE.put("email", "sales@bfjx.com.cn");
        EXAMPLE.put("website", "www.bfjx.com.cn");
        EXAMPLE.put("ownerName", "王建国");
        EXAMPLE.put("operatingManager", "李明");
        EXAMPLE.put("legalRepresentative", "王建国");
        EXAMPLE.put("founded", "1998-05-18");
        EXAMPLE.put("tradingSince", "2012-03-01");
        EXAMPLE.put("organisationType", "有限责任公司");
        EXAMPLE.put("industry", "通用机械制造");
        EXAMPLE.put("registeredCapital", "5000000.00");
        EXAMPLE.put("taxNumber", "91210106117528391X");
        EXAMPLE.put("bankName", "中国工商银行沈阳铁西支行");
        EXAMPLE.put("bankAccount", "3301001209000123456");
        EXAMPLE.put("serviceArea", "辽宁、吉林、黑龙江");
        EXAMPLE.put("ownSalesForce", "销售人员12人，覆盖东北三省");
        EXAMPLE.put("developmentPotential", "设备更新需求大，预计三年内采购量翻番");
        EXAMPLE.put("businessPhilosophy", "质量第一，诚信经营");
        EXAMPLE.put("companySize", "员工约350人");
        EXAMPLE.put("mainProducts", "减速机、齿轮箱、输送设备");
        EXAMPLE.put("brandsAndSpecs", "北方牌 ZQ350, ZQ500 减速机");
        EXAMPLE.put("currentSuppliers", "鞍钢、本钢");
        EXAMPLE.put("salesHistory", "2012年起合作，年均采购额约120万元");
        EXAMPLE.put("staffQuality", "技术人员稳定，采购流程规范");
        EXAMPLE.put("competitorRelations", "与大连一家同行有少量往来");
        EXAMPLE.put("cooperationAttitude", "积极，愿意签订年度框架协议");
        EXAMPLE.put("currentActivities", "正在扩建二期厂房");
        EXAMPLE.put("plans", "计划明年上马自动化生产线");
        EXAMPLE.put("reputation", "行业口碑良好");
        EXAMPLE.put("creditStanding", "按时付款，无逾期记录");
        EXAMPLE.put("creditProblems", "无");
        EXAMPLE.put("tradingTerms", "月结，次月15日前付款");
        EXAMPLE.put("lifecycle", "EXISTING");
        EXAMPLE.put("nature", "GENERAL_COMPANY");
        EXAMPLE.put("annualVolume", "1200000.00");
        EXAMPLE.put("region", "LN");
        EXAMPLE.put("route", "SY");
        EXAMPLE.put("creditRating", "A");
        EXAMPLE.put("creditLimit", "300000.00");
        EXAMPLE.put("paymentTerms", "MONTHLY_SETTLEMENT");
        EXAMPLE.put("creditDays", "30");
        EXAMPLE.put("salesperson", "张伟");
        EXAMPLE.put("infoSource", "VISIT");
    }

    /**
     * @return the cell as typed: a value Neiqin's own export wrote after an apostrophe, so that a
     *         spreadsheet would not run it ({@code '+86 24...}, {@code '=SUM}), gets its apostrophe off
     */
    static String undefused(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r\n".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    /** @return a file to start from: the header (every column, in order) and one example customer, CRLF line ends. */
    public static String template() {
        String header = String.join(",", COLUMNS);
        String example = COLUMNS.stream().map(c -> Csv.cell(EXAMPLE.getOrDefault(c, ""))).collect(Collectors.joining(","));
        return header + "\r\n" + example + "\r\n";
    }
}
