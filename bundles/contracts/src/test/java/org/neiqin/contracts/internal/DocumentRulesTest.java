package org.neiqin.contracts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.money.Money;

public class DocumentRulesTest {
    static DocumentData header(String region, String city, LocalDate date, LocalDate delivery) {
        return new DocumentData(7L, date, delivery, null, "王强", "024-2345 6789", "沈阳市铁西区", "sales", region, city,
                null, PaymentTerms.CREDIT, 30, null, null);
    }

    static LineData line(String qty, String price) {
        return new LineData(null, null, "热轧卷板", "Q235B", qty == null ? null : new BigDecimal(qty), "t",
                price == null ? null : Money.of(price, "CNY"), null);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).collect(Collectors.toList());
    }

    @Test
    public void aCompleteOrderPasses() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        assertEquals(List.of(), DocumentRules.check(DocumentKind.ORDER, header("LN", "SY", d, d.plusDays(10)),
                List.of(line("12.5", "4280.00")), "CNY"));
    }

    @Test
    public void zeroAndNegativeQuantitiesAndPricesAreRefusedPerLine() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        List<FieldError> errors = DocumentRules.check(DocumentKind.ORDER, header("LN", "SY", d, null),
                List.of(line("0", "10"), line("5", "-1"), line("-2", "0")), "CNY");
        assertEquals(List.of("lines[0].quantity", "lines[1].unitPrice", "lines[2].quantity", "lines[2].unitPrice"),
                fields(errors));
        assertTrue(errors.toString(), errors.get(0).message().contains("greater than zero"));
        assertTrue(errors.toString(), errors.get(1).message().contains("negative"));
    }

    @Test
    public void missingLineValuesAndTooManyDecimalsAreNamed() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        List<FieldError> errors = DocumentRules.check(DocumentKind.SALES_CONTRACT, header(null, null, d, null),
                List.of(line(null, null), line("1.23456", "5")), "CNY");
        assertEquals(List.of("lines[0].quantity", "lines[0].unitPrice", "lines[1].quantity"), fields(errors));
    }

    @Test
    public void aPriceInAnotherCurrencyThanTheDocumentsIsRefusedOnItsLine() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        LineData dollars = new LineData(null, null, "热轧卷板", null, BigDecimal.ONE, "t", Money.of("600", "USD"), null);
        List<FieldError> errors = DocumentRules.check(DocumentKind.ORDER, header("LN", "SY", d, null),
                List.of(line("1", "4280"), dollars), "CNY");
        assertEquals(List.of("lines[1].unitPrice"), fields(errors));
        assertEquals("currency", errors.get(0).rule());
        assertTrue(errors.toString(), errors.get(0).message().contains("USD"));
    }

    @Test
    public void deliveryBeforeTheDocumentDateIsRefused() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        List<FieldError> errors = DocumentRules.check(DocumentKind.ORDER, header("LN", "SY", d, d.minusDays(1)),
                List.of(line("1", "1")), "CNY");
        assertEquals(List.of("deliveryDate"), fields(errors));
    }

    @Test
    public void anOrderNeedsRegionAndCityCodesForItsNumber() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        assertEquals(List.of("region", "city"), fields(DocumentRules.check(DocumentKind.ORDER,
                header(null, "sy", d, null), List.of(line("1", "1")), "CNY")));
        assertEquals("a contract has its own pattern", List.of(), DocumentRules.check(DocumentKind.SALES_CONTRACT,
                header(null, null, d, null), List.of(line("1", "1")), "CNY"));
    }

    @Test
    public void aDocumentNeedsLinesAndAtMostTwoHundred() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        assertEquals(List.of("lines"), fields(DocumentRules.check(DocumentKind.ORDER, header("LN", "SY", d, null),
                List.of(), "CNY")));
        List<LineData> many = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            many.add(line("1", "1"));
        }
        assertEquals(List.of("lines"), fields(DocumentRules.check(DocumentKind.ORDER, header("LN", "SY", d, null), many, "CNY")));
    }

    @Test
    public void lineAmountsAreRoundedHalfUpAndTheTotalIsTheirSum() {
        // 0.5 × 2.01 = 1.005 → 1.01; 1.5 × 3.33 = 4.995 → 5.00; the total adds the rounded amounts
        List<LineData> lines = List.of(line("0.5", "2.01"), line("1.5", "3.33"));
        assertEquals(new BigDecimal("1.01"), DocumentRules.amount(lines.get(0), "CNY").amount());
        assertEquals(new BigDecimal("5.00"), DocumentRules.amount(lines.get(1), "CNY").amount());
        assertEquals(new BigDecimal("6.01"), DocumentRules.total(lines, "CNY").amount());
        assertEquals("yen has no decimals", new BigDecimal("6"), DocumentRules.total(lines, "JPY").amount());
    }
}
