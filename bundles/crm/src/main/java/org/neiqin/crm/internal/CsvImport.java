package org.neiqin.crm.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neiqin.kit.imports.CsvText;
import org.neiqin.kit.imports.RecordImport;

/**
 * Customer cards as a file imports them (one {@link CustomerData} a row): the kit's {@link RecordImport} with the
 * cards' rules ({@link CustomerRules}), a full name on one row only (case and spacing aside), and a template with a
 * realistic customer. Pure: no database, no OSGi.
 */
public final class CsvImport {
    private CsvImport() {
    }

    /**
     * @param today the company's date: a founding date after it is a problem
     * @param currency the one the file's amounts are in where a cell names none: the company's
     * @return the import of customer cards
     */
    public static RecordImport<CustomerData> definition(LocalDate today, String currency) {
        return new RecordImport<>(CustomerData.class, currency, d -> CustomerRules.check(d, today), "fullName",
                d -> d.fullName() == null ? null : nameKey(d.fullName()), "customers", EXAMPLE);
    }

    /** @see CsvText#parse(String) the one CSV reader of imports, in the kit */
    public static List<List<String>> parse(String text) {
        return CsvText.parse(text);
    }

    /** Checks a customer file held in memory. */
    public static RecordImport.Report check(LocalDate today, String currency, String text) {
        return definition(today, currency).check(text);
    }

    /** {@link #check(LocalDate, String, String)}, handing on every card read (also from a file with problems). */
    public static RecordImport.Report check(LocalDate today, String currency, String text,
            java.util.function.Consumer<CustomerData> cards) {
        return definition(today, currency).check(text, cards);
    }

    /** Checks rows already read: a CSV file's or a workbook's first sheet's. */
    public static RecordImport.Report check(LocalDate today, String currency, List<List<String>> rows) {
        return definition(today, currency).check(rows);
    }

    /** Two full names are the same customer if they differ only in case and spacing. */
    private static String nameKey(String fullName) {
        return fullName.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

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

    /** @see RecordImport#undefused(String) */
    static String undefused(String cell) {
        return RecordImport.undefused(cell);
    }

    /** @return a file to start from: the header (every column, in order) and one example customer, CRLF line ends. */
    public static String template() {
        return definition(null, null).template();
    }
}
