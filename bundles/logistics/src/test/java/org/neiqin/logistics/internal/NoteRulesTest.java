package org.neiqin.logistics.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.error.FieldError;

public class NoteRulesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 10);

    private static NoteRequest note(List<NoteRequest.Line> lines) {
        return new NoteRequest(7L, null, null, null, DeliveryMethod.CARRIER, DAY, DAY.plusDays(2), null, lines);
    }

    private static NoteRequest.Line goods(long line, String quantity) {
        return new NoteRequest.Line(line, null, null, null, null, new BigDecimal(quantity), "B20261201");
    }

    private static List<String> fields(NoteRequest r) {
        return NoteRules.check(r).stream().map(FieldError::field).collect(Collectors.toList());
    }

    @Test
    public void aNoteShipsGoodsOfTheOrderWithSamplesBesideThem() {
        assertEquals(List.of(), fields(note(List.of(goods(1, "5"), new NoteRequest.Line(null, LineKind.SAMPLE, "样品 A",
                null, "件", BigDecimal.ONE, null)))));
        assertEquals("samples alone are not a delivery note", List.of("lines"), fields(note(List.of(
                new NoteRequest.Line(null, LineKind.GIFT, "台历", null, null, BigDecimal.ONE, null)))));
    }

    @Test
    public void everyBadQuantityAndLineIsNamed() {
        assertEquals(List.of("lines[0].quantity", "lines[1].quantity", "lines[2].quantity", "lines[3].line"),
                fields(note(List.of(goods(1, "0"), goods(2, "-3"), goods(3, "1.0001"), goods(3, "1")))));
        assertEquals("material is no line of the order and says what it is", List.of("lines[0].line", "lines[0].product"),
                fields(note(List.of(new NoteRequest.Line(2L, LineKind.MATERIAL, "", null, null, BigDecimal.ONE, null),
                        goods(1, "1")))));
        assertEquals(List.of("document", "deliveryMethod", "promisedOn"), fields(new NoteRequest(null, null, null, null,
                null, null, null, null, List.of(goods(1, "1")))));
        assertEquals(List.of("expectedArrival"), fields(new NoteRequest(7L, null, null, null, DeliveryMethod.PICKUP, DAY,
                DAY.minusDays(1), null, List.of(goods(1, "1")))));
    }

    @Test
    public void whatIsLeftToDeliverCountsEveryNoteAndTheTolerance() {
        assertEquals(new BigDecimal("4"), NoteRules.remaining(new BigDecimal("10"), new BigDecimal("6"), BigDecimal.ZERO));
        assertEquals(BigDecimal.ZERO, NoteRules.remaining(new BigDecimal("10"), new BigDecimal("12"), BigDecimal.ZERO));
        assertEquals(new BigDecimal("5"), NoteRules.remaining(new BigDecimal("10"), new BigDecimal("6"), BigDecimal.TEN));
    }

    @Test
    public void aReturnNamesItsNoteItsReasonAndEachLineOnce() {
        List<ReturnRequest.Line> ok = List.of(new ReturnRequest.Line(1, new BigDecimal("2")));
        assertEquals(List.of(), NoteRules.check(new ReturnRequest(5L, ReturnKind.RETURN, "破损", ok)));
        assertEquals(List.of("note", "kind", "reason"), NoteRules.check(new ReturnRequest(null, null, " ", ok)).stream()
                .map(FieldError::field).collect(Collectors.toList()));
        assertEquals(List.of("lines"), NoteRules.check(new ReturnRequest(5L, ReturnKind.EXCHANGE, "规格不符", List.of()))
                .stream().map(FieldError::field).collect(Collectors.toList()));
        assertEquals(List.of("lines[0].quantity", "lines[1].noteLine", "lines[2].noteLine", "lines[2].quantity"),
                NoteRules.check(new ReturnRequest(5L, ReturnKind.RETURN, "破损", java.util.Arrays.asList(
                        new ReturnRequest.Line(1, BigDecimal.ZERO), new ReturnRequest.Line(1, BigDecimal.ONE),
                        new ReturnRequest.Line(null, null)))).stream().map(FieldError::field).collect(Collectors.toList()));
    }

    @Test
    public void whatCanComeBackIsWhatShippedLessOtherReturns() {
        assertEquals(new BigDecimal("3"), NoteRules.returnable(new BigDecimal("5"), new BigDecimal("2")));
        assertEquals(BigDecimal.ZERO, NoteRules.returnable(new BigDecimal("5"), new BigDecimal("5.000")));
    }

    @Test
    public void notesMoveOnlyAlongTheirSteps() {
        assertTrue(NoteState.REVIEWED.canGo(NoteState.SHIPPED));
        assertFalse("no skipping the review", NoteState.PREPARED.canGo(NoteState.SHIPPED));
        assertFalse(NoteState.DELIVERED.canGo(NoteState.IN_TRANSIT));
        assertFalse("gone goods are not cancelled: they come back as a return", NoteState.SHIPPED.canGo(NoteState.CANCELLED));
        assertTrue(NoteState.EXCEPTION.canGo(NoteState.DELIVERED));
    }

    @Test
    public void aCreditCustomerOverTheLimitAtReleaseWaitsAndOneWithinOrWithoutALimitDoesNot() {
        org.neiqin.api.money.Money limit = org.neiqin.api.money.Money.of("50000", "CNY");
        org.neiqin.api.crm.CreditTerms terms = new org.neiqin.api.crm.CreditTerms("A", limit, PaymentTerms.CREDIT, 30);
        org.neiqin.api.money.Money note = org.neiqin.api.money.Money.of("42000", "CNY");
        org.neiqin.api.money.Money nothing = org.neiqin.api.money.Money.zero("CNY");
        assertEquals(null, NoteRules.overLimit(org.neiqin.api.credit.CreditCheck.of(terms,
                org.neiqin.api.money.Money.of("50000", "CNY"), nothing), note));
        assertEquals("credit limit 50,000.00 CNY, open 54,000.00 CNY (the order of this note included), this note 42,000.00 CNY:"
                + " over the limit by 4,000.00 CNY", String.valueOf(NoteRules.overLimit(org.neiqin.api.credit.CreditCheck.of(
                        terms, org.neiqin.api.money.Money.of("54000", "CNY"), nothing), note)));
        assertEquals("no limit granted: nothing to check", null, NoteRules.overLimit(org.neiqin.api.credit.CreditCheck.of(
                new org.neiqin.api.crm.CreditTerms("A", null, PaymentTerms.CREDIT, 30),
                org.neiqin.api.money.Money.of("54000", "CNY"), nothing), note));
        assertEquals("a limit in another currency is not compared", null, NoteRules.overLimit(
                org.neiqin.api.credit.CreditCheck.of(terms, org.neiqin.api.money.Money.of("54000", "USD"),
                        org.neiqin.api.money.Money.zero("USD")), note));
        assertEquals("a prepaying customer is not given credit: the payment gate holds instead", null,
                NoteRules.overLimit(org.neiqin.api.credit.CreditCheck.of(new org.neiqin.api.crm.CreditTerms("A", limit,
                        PaymentTerms.PREPAYMENT, 0), org.neiqin.api.money.Money.of("54000", "CNY"), nothing), note));
    }

    @Test
    public void shipDaysFallInTheirDayIsoWeekAndMonth() {
        LocalDate d = LocalDate.of(2026, 12, 31);
        assertEquals("2026-12-31", DeliveryReports.label(d, DeliveryReports.Period.DAY));
        assertEquals("the ISO week of 31 Dec 2026 is week 53 of 2026", "2026-W53", DeliveryReports.label(d,
                DeliveryReports.Period.WEEK));
        assertEquals("1 January 2027 is in the last week of 2026", "2026-W53", DeliveryReports.label(LocalDate.of(2027, 1, 1),
                DeliveryReports.Period.WEEK));
        assertEquals("2026-12", DeliveryReports.label(d, DeliveryReports.Period.MONTH));
        assertEquals("a company whose week starts on Sunday: Sunday 3 January 2027 opens its first week", "2027-W01",
                DeliveryReports.label(LocalDate.of(2027, 1, 3), DeliveryReports.Period.WEEK, java.time.DayOfWeek.SUNDAY));
        assertEquals("and Saturday 2 January 2027 closes the last of 2026", "2026-W52",
                DeliveryReports.label(LocalDate.of(2027, 1, 2), DeliveryReports.Period.WEEK, java.time.DayOfWeek.SUNDAY));
    }
}
