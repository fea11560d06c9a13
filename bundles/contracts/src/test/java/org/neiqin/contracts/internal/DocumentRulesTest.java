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

public class DocumentRulesTest {
    static DocumentData header(String region, String city, LocalDate date, LocalDate delivery) {
        return new DocumentData(7L, date, delivery, null, "王强", "024-2345 6789", "沈阳市铁西区", "sales", region, city,
                null, PaymentTerms.CREDIT, 30, null, null);
    }

    static LineData line(String qty, String price) {
        return new LineData(null, "热轧卷板", "Q235B", qty == null ? null : new BigDecimal(qty), "t",
                price == null ? null : new BigDecimal(price), null);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).collect(Collectors.toList());
    }

    @Test
    public void aCompleteOrderPasses() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        assertEquals(List.of(), DocumentRules.check(DocumentKind.ORDER, header("LN", "SY", d, d.plusDays(10)),
                List.of(line("12.5", "4280.00"))));
    }

    @Test
    public void zeroAndNegativeQuantitiesAndPricesAreRefusedPerLine() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        List<FieldError> errors = DocumentRules.check(DocumentKind.ORDER, header("LN", "SY", d, null),
                List.of(line("0", "10"), line("5", "-1"), line("-2", "0")));
        assertEquals(List.of("lines[0].quantity", "lines[1].unitPrice", "lines[2].quantity", "lines[2].unitPrice"),
                fields(errors));
        assertTrue(errors.toString(), errors.get(0).message().contains("greater than zero"));
        assertTrue(errors.toString(), errors.get(1).message().contains("negative"));
    }

    @Test
    public void missingLineValuesAndTooManyDecimalsAreNamed() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        List<FieldError> errors = DocumentRules.check(DocumentKind.SALES_CONTRACT, header(null, null, d, null),
                List.of(line(null, "10.123"), line("1.23456", "5")));
        assertEquals(List.of("lines[0].quantity", "lines[0].unitPrice", "lines[1].quantity"), fields(errors));
    }

    @Test
    public void deliveryBeforeTheDocumentDateIsRefused() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        List<FieldError> errors = DocumentRules.check(DocumentKind.ORDER, header("LN", "SY", d, d.minusDays(1)),
                List.of(line("1", "1")));
        assertEquals(List.of("deliveryDate"), fields(errors));
    }

    @Test
    public void anOrderNeedsRegionAndCityCodesForItsNumber() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        assertEquals(List.of("region", "city"), fields(DocumentRules.check(DocumentKind.ORDER,
                header(null, "sy", d, null), List.of(line("1", "1")))));
        assertEquals("a contract has its own pattern", List.of(), DocumentRules.check(DocumentKind.SALES_CONTRACT,
                header(null, null, d, null), List.of(line("1", "1"))));
    }

    @Test
    public void aDocumentNeedsLinesAndAtMostTwoHundred() {
        LocalDate d = LocalDate.of(2026, 3, 1);
        assertEquals(List.of("lines"), fields(DocumentRules.check(DocumentKind.ORDER, header("LN", "SY", d, null),
                List.of())));
        List<LineData> many = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            many.add(line("1", "1"));
        }
        assertEquals(List.of("lines"), fields(DocumentRules.check(DocumentKind.ORDER, header("LN", "SY", d, null), many)));
    }

    @Test
    public void lineAmountsAreRoundedHalfUpAndTheTotalIsTheirSum() {
        // 3 × 0.335 = 1.005 → 1.01; 1.5 × 3.33 = 4.995 → 5.00; the total adds the rounded amounts
        List<LineData> lines = List.of(new LineData(null, "x", null, new BigDecimal("3"), "t", new BigDecimal("0.335"), null), line("1.5", "3.33"));
        assertEquals(new BigDecimal("1.01"), DocumentRules.amount(lines.get(0), "CNY").amount());
        assertEquals(new BigDecimal("5.00"), DocumentRules.amount(lines.get(1), "CNY").amount());
        assertEquals(new BigDecimal("6.01"), DocumentRules.total(lines, "CNY").amount());
        assertEquals("yen has no decimals", new BigDecimal("6"), DocumentRules.total(lines, "JPY").amount());
    }
}
