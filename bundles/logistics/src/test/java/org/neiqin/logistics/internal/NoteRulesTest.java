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
    public void prepaidGoodsWaitForFinance() {
        assertFalse(NoteRules.gateOpen(PaymentTerms.PREPAYMENT, null));
        assertTrue(NoteRules.gateOpen(PaymentTerms.PREPAYMENT, "finance"));
        assertTrue(NoteRules.gateOpen(PaymentTerms.MONTHLY_SETTLEMENT, null));
        assertTrue(NoteRules.gateOpen(PaymentTerms.CREDIT, null));
    }

    @Test
    public void notesMoveOnlyAlongTheirSteps() {
        assertTrue(NoteState.REVIEWED.canGo(NoteState.SHIPPED));
        assertFalse("no skipping the review", NoteState.PREPARED.canGo(NoteState.SHIPPED));
        assertFalse(NoteState.DELIVERED.canGo(NoteState.IN_TRANSIT));
        assertFalse("gone goods are not cancelled: they come back as a return", NoteState.SHIPPED.canGo(NoteState.CANCELLED));
        assertTrue(NoteState.EXCEPTION.canGo(NoteState.DELIVERED));
    }
}
