package org.neiqin.crm.internal;

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
import java.util.stream.Collectors;

import org.neiqin.api.console.Csv;
import org.neiqin.api.error.FieldError;
import org.neiqin.kit.form.Forms;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.imports.CsvText;

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
    public record Problem(int row, String field, String reason) {
        @Override
        public String toString() {
            return "row " + row + (field.isEmpty() ? "" : ", " + field) + ": " + reason;
        }
    }

    /** The cards read from a file (in file order) and every problem found in it. */
    public record Report(List<CustomerData> customers, List<Problem> problems) {
        public Report {
            customers = List.copyOf(customers);
            problems = List.copyOf(problems);
        }

        public boolean clean() {
            return problems.isEmpty();
        }
    }

    // ------------------------------------------------------------------------------------------ parse

    /** @see CsvText#parse(String) the one CSV reader of imports, in the kit */
    public static List<List<String>> parse(String text) {
        return CsvText.parse(text);
    }

    // ------------------------------------------------------------------------------------------ check

    /**
     * Reads a customer file: a header row of {@link CustomerData} field names (any case, any order, missing
     * columns are empty), then one customer a row. Checks the header first and stops there if it is wrong;
     * otherwise binds and checks every row with {@link Forms#bind} and {@link CustomerRules#check}.
     * Completely blank rows are skipped; rows whose cell count differs from the header's get one problem
     * and no customer.
     */
    public static Report check(String text) {
        List<Problem> problems = new ArrayList<>();
        List<CustomerData> customers = new ArrayList<>();
        try {
            return check(parse(text));
        } catch (CsvText.Unterminated e) {
            problems.add(new Problem(e.row(), "", e.getMessage()));
            return new Report(customers, problems);
        }
    }

    /** @return the report of a CSV file whose quoted cell never closes */
    public static Report unterminated(CsvText.Unterminated e) {
        return new Report(List.of(), List.of(new Problem(e.row(), "", e.getMessage())));
    }

    /** {@link #check(String)} of rows already read: a CSV file's or a workbook's first sheet's. */
    public static Report check(List<List<String>> rows) {
        List<Problem> problems = new ArrayList<>();
        List<CustomerData> customers = new ArrayList<>();
        if (rows.stream().allMatch(CsvImport::blank)) {
            problems.add(new Problem(1, "", "the file holds no customers"));
            return new Report(customers, problems);
        }

        List<String> header = rows.get(0);
        Map<String, Integer> index = header(header, problems);
        if (!problems.isEmpty()) {
            return new Report(customers, problems);
        }

        Map<String, Integer> firstRowOfName = new HashMap<>();
        boolean any = false;
        for (int r = 1; r < rows.size(); r++) {
            int rowNo = r + 1;
            List<String> cells = rows.get(r);
            if (blank(cells)) {
                continue;
            }
            any = true;
            if (cells.size() != header.size()) {
                problems.add(new Problem(rowNo, "", "the row has " + cells.size() + " cells, the header has "
                        + header.size()));
                continue;
            }
            List<FieldError> errors = new ArrayList<>();
            CustomerData d = Forms.bind(CustomerData.class, name -> {
                Integer j = index.get(name);
                return j == null ? null : undefused(cells.get(j));
            }, errors);
            // a cell that could not be read is left empty: don't report it again as "required"
            Set<String> unreadable = errors.stream().map(FieldError::field).collect(Collectors.toSet());
            for (FieldError e : CustomerRules.check(d)) {
                if (!unreadable.contains(e.field())) {
                    errors.add(e);
                }
            }
            for (FieldError e : errors) {
                problems.add(new Problem(rowNo, e.field(), e.message()));
            }
            if (d.fullName() != null) {
                Integer first = firstRowOfName.putIfAbsent(nameKey(d.fullName()), rowNo);
                if (first != null) {
                    problems.add(new Problem(rowNo, "fullName", "'" + d.fullName() + "' is already on row " + first));
                }
            }
            customers.add(d);
        }
        if (!any) {
            problems.add(new Problem(1, "", "the file holds no customers"));
        }
        return new Report(customers, problems);
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
                problems.add(new Problem(1, "", "column " + (j + 1) + " has no name"));
                continue;
            }
            String name = known.get(raw.toLowerCase(Locale.ROOT));
            if (name == null) {
                problems.add(new Problem(1, raw, "unknown column; known columns are: " + String.join(", ", COLUMNS)));
            } else if (index.containsKey(name)) {
                if (reported.add(name)) {
                    problems.add(new Problem(1, name, "the column " + name + " appears more than once (columns "
                            + (index.get(name) + 1) + " and " + (j + 1) + ")"));
                }
            } else {
                index.put(name, j);
            }
        }
        // a required column missing from the header is said once, not once per row
        for (java.lang.reflect.RecordComponent c : CustomerData.class.getRecordComponents()) {
            if (c.getAnnotation(Spec.class).required() && !index.containsKey(c.getName())) {
                problems.add(new Problem(1, c.getName(), "the header has no " + c.getName()
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
