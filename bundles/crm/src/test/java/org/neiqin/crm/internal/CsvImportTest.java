package org.neiqin.crm.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;
import org.neiqin.api.money.Money;
import org.neiqin.api.crm.Lifecycle;
import org.neiqin.api.crm.Nature;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.kit.imports.RecordImport.Problem;
import org.neiqin.kit.imports.RecordImport.Report;
import org.neiqin.kit.form.Forms;

public class CsvImportTest {
    private static final java.time.LocalDate TODAY = java.time.LocalDate.of(2026, 12, 6);

    // ---------------------------------------------------------------- helpers

    /** The required columns plus a few checked ones. */
    private static final String HEADER = "fullName,lifecycle,nature,paymentTerms,infoSource,email,creditLimit";

    /** A row for {@link #HEADER} that passes every rule. */
    private static String good(String fullName) {
        return fullName + ",NEW,GENERAL_COMPANY,PREPAYMENT,VISIT,sales@example.cn,10000";
    }

    private static List<List<String>> rows(String... rows) {
        return Arrays.stream(rows).map(r -> Arrays.asList(r.split("\\|", -1))).collect(Collectors.toList());
    }

    /** @return the problems as "row:field" (field {@code ""} for a row problem), in report order. */
    private static List<String> where(Report report) {
        return report.problems().stream().map(p -> p.row() + ":" + p.field()).collect(Collectors.toList());
    }

    private static Problem only(Report report) {
        assertEquals(report.problems().toString(), 1, report.problems().size());
        assertFalse(report.clean());
        return report.problems().get(0);
    }

    // ---------------------------------------------------------------- parse

    @Test
    public void aFileNeiqinExportedComesBackAsTyped() {
        String phone = "+86 24 2345 6789";
        String exported = org.neiqin.api.console.Csv.cell(phone);
        assertEquals("'" + phone, exported);
        assertEquals(phone, CsvImport.undefused(exported));
        assertEquals("an apostrophe a user typed stays", "'s Gravenhage", CsvImport.undefused("'s Gravenhage"));
        assertEquals("'", CsvImport.undefused("'"));
    }

    @Test
    public void parsesPlainCells() {
        assertEquals(rows("a|b|c", "1|2|3"), CsvImport.parse("a,b,c\n1,2,3"));
    }

    @Test
    public void parsesEmptyCells() {
        assertEquals(rows("a||b", "|", "x|"), CsvImport.parse("a,,b\n,\nx,\n"));
        assertEquals(List.of(), CsvImport.parse(""));
        assertEquals(List.of(), CsvImport.parse("\uFEFF"));
    }

    @Test
    public void quotedCellsHoldCommasAndEscapedQuotes() {
        List<List<String>> rows = CsvImport.parse("\"a,b\",\"say \"\"hi\"\"\",\"\",plain\n");
        assertEquals(rows("a,b|say \"hi\"||plain"), rows);
    }

    @Test
    public void quotedCellsHoldLineBreaks() {
        List<List<String>> rows = CsvImport.parse("name,note\r\nx,\"line one\nline two\r\nline three\"\r\ny,z\r\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("x", "line one\nline two\r\nline three"), rows.get(1));
        assertEquals(List.of("y", "z"), rows.get(2));
    }

    @Test
    public void crlfAndLfEndRowsAlike() {
        assertEquals(CsvImport.parse("a,b\n1,2\n"), CsvImport.parse("a,b\r\n1,2\r\n"));
        assertEquals(rows("a|b", "1|2"), CsvImport.parse("a,b\r\n1,2\r\n"));
    }

    @Test
    public void byteOrderMarkIsIgnored() {
        List<List<String>> rows = CsvImport.parse("\uFEFFfullName,nature\r\nx,y\r\n");
        assertEquals("fullName", rows.get(0).get(0));
        assertEquals(rows("fullName|nature", "x|y"), rows);
    }

    @Test
    public void onlyTheTrailingLineBreakIsIgnored() {
        assertEquals(rows("a", "b"), CsvImport.parse("a\nb\n"));
        assertEquals(rows("a", "b"), CsvImport.parse("a\nb"));
        assertEquals(rows("a", "", "b"), CsvImport.parse("a\n\nb\n"));
        assertEquals(rows("a", ""), CsvImport.parse("a\n\n"));
    }

    @Test
    public void looseQuotesAreKeptAsText() {
        assertEquals(rows("5\" pipe|\"ab\"c"), CsvImport.parse("5\" pipe,\"\"\"ab\"\"\"c"));
    }

    @Test
    public void unterminatedQuoteNamesTheLineItStartsOn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvImport.parse("a,b\n1,2\n3,\"open\n4,5\n"));
        assertTrue(e.getMessage(), e.getMessage().contains("line 3"));

        // a closed quoted line break before it moves the line on
        e = assertThrows(IllegalArgumentException.class,
                () -> CsvImport.parse("a,b\n1,\"x\ny\"\n\"never closed,2\n"));
        assertTrue(e.getMessage(), e.getMessage().contains("line 4"));
    }

    @Test
    public void checkReportsAnUnterminatedQuoteAsAProblem() {
        Problem p = only(CsvImport.check(TODAY, "CNY", HEADER + "\n" + good("A") + "\n\"B,NEW\n"));
        assertEquals(3, p.row());
        assertEquals("", p.field());
        assertTrue(p.message(), p.message().contains("line 3"));
    }

    // ---------------------------------------------------------------- header

    @Test
    public void unknownColumnIsAProblemAndStopsTheCheck() {
        Report r = CsvImport.check(TODAY, "CNY", HEADER + ",colour\n" + "bad row\n" + good("A") + ",red\n");
        Problem p = only(r);
        assertEquals(1, p.row());
        assertEquals("colour", p.field());
        assertTrue(p.message(), p.message().startsWith("unknown column; known columns are: fullName, shortName, "));
        assertTrue(p.message(), p.message().endsWith("salesperson, infoSource"));
        assertEquals(0, r.records());
    }

    @Test
    public void duplicateColumnIsAProblem() {
        Problem p = only(CsvImport.check(TODAY, "CNY", HEADER + ",Email\n" + good("A") + ",x@example.cn\n"));
        assertEquals(1, p.row());
        assertEquals("email", p.field());
        assertTrue(p.message(), p.message().contains("6") && p.message().contains("8"));
    }

    @Test
    public void headerWithoutFullNameIsAProblem() {
        Problem p = only(CsvImport.check(TODAY, "CNY", "shortName,lifecycle,nature,paymentTerms,infoSource\n"
                + "北方,NEW,GENERAL_COMPANY,PREPAYMENT,VISIT\n"));
        assertEquals(1, p.row());
        assertEquals("fullName", p.field());
    }

    @Test
    public void unnamedColumnIsAProblem() {
        Problem p = only(CsvImport.check(TODAY, "CNY", HEADER + ",\n" + good("A") + ",\n"));
        assertEquals(1, p.row());
        assertEquals("", p.field());
        assertTrue(p.message(), p.message().contains("column 8"));
    }

    @Test
    public void headerNamesMatchInAnyCaseAndSpacing() {
        List<CustomerData> cards = new ArrayList<>();
        Report r = CsvImport.check(TODAY, "CNY", " FULLNAME ,Lifecycle,NATURE , paymentterms,InfoSource\r\n"
                + "沈阳北方机械制造有限公司,existing,general_company,Monthly_Settlement,visit\r\n", cards::add);
        assertTrue(r.problems().toString(), r.clean());
        CustomerData d = cards.get(0);
        assertEquals("沈阳北方机械制造有限公司", d.fullName());
        assertEquals(Lifecycle.EXISTING, d.lifecycle());
        assertEquals(PaymentTerms.MONTHLY_SETTLEMENT, d.paymentTerms());
    }

    @Test
    public void emptyFileHoldsNoCustomers() {
        for (String text : new String[] {"", "\uFEFF", "\r\n", " \n\n"}) {
            Problem p = only(CsvImport.check(TODAY, "CNY", text));
            assertEquals(new Problem(1, "", "empty", "the file holds no customers"), p);
        }
    }

    @Test
    public void headerOnlyHoldsNoCustomers() {
        assertEquals(new Problem(1, "", "empty", "the file holds no customers"), only(CsvImport.check(TODAY, "CNY", HEADER)));
        assertEquals(new Problem(1, "", "empty", "the file holds no customers"), only(CsvImport.check(TODAY, "CNY", HEADER + "\r\n")));
        assertEquals(new Problem(1, "", "empty", "the file holds no customers"),
                only(CsvImport.check(TODAY, "CNY", HEADER + "\n,,,,,,\n\n")));
    }

    // ---------------------------------------------------------------- rows

    @Test
    public void wrongCellCountIsOneProblemForTheRow() {
        List<CustomerData> cards = new ArrayList<>();
        Report r = CsvImport.check(TODAY, "CNY", HEADER + "\n" + good("A") + "\nB,NEW,GENERAL_COMPANY\n" + good("C") + ",extra\n"
                + good("D") + "\n", cards::add);
        assertEquals(List.of("3:", "4:"), where(r));
        assertEquals("the row has 3 cells, the header has 7", r.problems().get(0).message());
        assertEquals("the row has 8 cells, the header has 7", r.problems().get(1).message());
        assertEquals(2, r.records());
        assertEquals(List.of("A", "D"), cards.stream().map(CustomerData::fullName).collect(Collectors.toList()));
    }

    @Test
    public void everyProblemOfEveryRowIsReportedWithRowAndField() {
        String text = HEADER + "\r\n"
                + "甲公司,NEW,GENERAL_COMPANY,PREPAYMENT,VISIT,not-an-email,10000\r\n"
                + "乙公司,NEW,VIP,PREPAYMENT,VISIT,,\r\n"
                + ",NEW,GENERAL_COMPANY,PREPAYMENT,VISIT,,-500\r\n"
                + good("丁公司") + "\r\n";
        Report r = CsvImport.check(TODAY, "CNY", text);
        assertFalse(r.clean());
        // the unreadable nature is reported once (not again as "required")
        assertEquals(List.of("2:email", "3:nature", "4:fullName", "4:creditLimit"), where(r));
        assertTrue(r.problems().get(0).message().contains("not-an-email"));
        assertTrue(r.problems().get(1).message().contains("VIP"));
        assertEquals("fullName is required", r.problems().get(2).message());
        assertEquals("creditLimit must not be negative", r.problems().get(3).message());
        assertEquals(4, r.records());
    }

    @Test
    public void anAmountIsInTheCompanysCurrencyOrNamesItAndOneInAnotherIsAProblem() {
        List<CustomerData> cards = new ArrayList<>();
        Report r = CsvImport.check(TODAY, "CNY", HEADER + "\n" + good("A").replace(",10000", ",\"20,000.5 CNY\"") + "\n"
                + good("B").replace(",10000", ",500 USD") + "\n" + good("C").replace(",10000", ",1.005") + "\n", cards::add);
        assertEquals(List.of("3:creditLimit", "4:creditLimit"), where(r));
        assertEquals("currency", r.problems().get(0).rule());
        assertEquals("format", r.problems().get(1).rule());
        assertEquals(Money.of("20000.50", "CNY"), cards.get(0).creditLimit());
    }

    @Test
    public void cleanFileYieldsEveryCustomer() {
        String text = "\uFEFF" + HEADER + ",address,annualVolume,founded\r\n"
                + good("沈阳北方机械制造有限公司") + ",\"辽宁省沈阳市铁西区, 北二中路12号\",\"1,200,000.50\",1998-05-18\r\n"
                + good("大连港湾物流有限公司") + ",,,\r\n"
                + "\"长春 \"\"一汽\"\" 配套厂\",existing,partner,credit,customer_form,,,\"吉林省长春市\n绿园区\",,\r\n";
        // the third customer is on CREDIT without creditDays: that is a rule between fields
        Report r = CsvImport.check(TODAY, "CNY", text);
        assertEquals(List.of("4:creditDays"), where(r));

        List<CustomerData> cards = new ArrayList<>();
        r = CsvImport.check(TODAY, "CNY", text.replace("existing,partner,credit", "existing,partner,prepayment"), cards::add);
        assertTrue(r.problems().toString(), r.clean());
        assertEquals(3, r.records());
        assertEquals(List.of("沈阳北方机械制造有限公司", "大连港湾物流有限公司", "长春 \"一汽\" 配套厂"), r.sample());
        CustomerData first = cards.get(0);
        assertEquals("沈阳北方机械制造有限公司", first.fullName());
        assertEquals("辽宁省沈阳市铁西区, 北二中路12号", first.address());
        assertEquals(Money.of("1200000.50", "CNY"), first.annualVolume());
        assertEquals(LocalDate.of(1998, 5, 18), first.founded());
        assertEquals(Money.of("10000", "CNY"), first.creditLimit());
        assertNull(first.shortName());
        CustomerData third = cards.get(2);
        assertEquals("长春 \"一汽\" 配套厂", third.fullName());
        assertEquals(Nature.PARTNER, third.nature());
        assertEquals(InfoSource.CUSTOMER_FORM, third.infoSource());
        assertEquals("吉林省长春市\n绿园区", third.address());
        assertNull(third.email());
    }

    @Test
    public void missingRequiredColumnsAreReportedOnceInTheHeader() {
        Report r = CsvImport.check(TODAY, "CNY", "fullName,email\nA,a@example.cn\nB,b@example.cn\n");
        assertEquals(List.of("1:lifecycle", "1:nature", "1:paymentTerms", "1:infoSource"), where(r));
        assertFalse(r.clean());
    }

    @Test
    public void sameFullNameTwiceIsAProblemOnTheSecond() {
        Report r = CsvImport.check(TODAY, "CNY", HEADER + "\n" + good("沈阳北方机械制造有限公司") + "\n" + good("大连港湾物流有限公司") + "\n"
                + good(" 沈阳北方机械制造有限公司 ") + "\n" + good("Acme  Trading Ltd") + "\n" + good("ACME Trading LTD") + "\n");
        assertEquals(List.of("4:fullName", "6:fullName"), where(r));
        assertTrue(r.problems().get(0).message(), r.problems().get(0).message().contains("row 2"));
        assertTrue(r.problems().get(1).message(), r.problems().get(1).message().contains("row 5"));
        assertEquals(5, r.records());
    }

    @Test
    public void blankRowsAreSkippedButCounted() {
        String text = HEADER + "\n" + good("A") + "\n\n ,, ,,,,\n" + good("B").replace("sales@example.cn", "bad") + "\n\n";
        List<CustomerData> cards = new ArrayList<>();
        Report r = CsvImport.check(TODAY, "CNY", text, cards::add);
        assertEquals(List.of("5:email"), where(r));
        assertEquals(List.of("A", "B"), cards.stream().map(CustomerData::fullName).collect(Collectors.toList()));
    }

    @Test
    public void aFileWithThousandsOfProblemsListsTheFirstThousandAndCountsThemAll() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 1500; i++) {
            text.append(good("公司" + i).replace("sales@example.cn", "bad")).append('\n');
        }
        Report r = CsvImport.check(TODAY, "CNY", text.toString());
        assertEquals(1500, r.problemCount());
        assertEquals(org.neiqin.kit.imports.RecordImport.SHOWN_PROBLEMS, r.problems().size());
        assertEquals(new Problem(2, "email", "format", r.problems().get(0).message()), r.problems().get(0));
        assertEquals(1500, r.records());
        assertEquals(org.neiqin.kit.imports.RecordImport.SAMPLE, r.sample().size());
    }

    @Test
    public void rowNumbersCountRowsNotQuotedLineBreaks() {
        String text = "fullName,address,lifecycle,nature,paymentTerms,infoSource\n"
                + "A,\"line 1\nline 2\nline 3\",NEW,GENERAL_COMPANY,PREPAYMENT,VISIT\n"
                + "B,,NEW,VIP,PREPAYMENT,VISIT\n";
        assertEquals(List.of("3:nature"), where(CsvImport.check(TODAY, "CNY", text)));
    }

    // ---------------------------------------------------------------- template

    @Test
    public void templateRoundTrips() {
        String template = CsvImport.template();
        assertTrue(template.endsWith("\r\n"));
        String[] lines = template.split("\r\n");
        assertEquals(2, lines.length);
        String names = Arrays.stream(CustomerData.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.joining(","));
        assertEquals(names, lines[0]);
        assertEquals(47, CsvImport.parse(template).get(1).size());

        List<CustomerData> cards = new ArrayList<>();
        Report r = CsvImport.check(TODAY, "CNY", template, cards::add);
        assertTrue(r.problems().toString(), r.clean());
        assertEquals(1, r.records());
        CustomerData d = cards.get(0);
        assertEquals("沈阳北方机械制造有限公司", d.fullName());
        assertEquals(Lifecycle.EXISTING, d.lifecycle());
        assertEquals(Nature.GENERAL_COMPANY, d.nature());
        assertEquals(PaymentTerms.MONTHLY_SETTLEMENT, d.paymentTerms());
        assertEquals(InfoSource.VISIT, d.infoSource());
        assertEquals("LN", d.region());
        assertEquals("SY", d.route());
        // the example shows every column
        for (RecordComponent c : CustomerData.class.getRecordComponents()) {
            assertNotNull(c.getName(), Customers.get(d, c.getName()));
        }
        // and printing the bound card gives back the example row
        assertEquals(CsvImport.parse(template).get(1), List.copyOf(Forms.strings(d).values()));
    }
}
