package org.neiqin.logistics.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.Test;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.error.AccessDeniedException;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.logistics.LogisticsEvents;
import org.neiqin.api.money.Money;

/** Goods leave only past every check, in this order: the step, the payment gate, the warehouse, the carrier. */
public class DispatchTest {
    private final Fixture f = new Fixture();
    private final Shipment bySunda = new Shipment(5L, "SF-0001", Money.of("480", "CNY"));

    private String refusal(Runnable step) {
        RuntimeException e = assertThrows(RuntimeException.class, step::run);
        return e instanceof ConflictException c ? "409 " + c.code()
                : e instanceof ValidationException v ? "400 " + v.errors().get(0).field() : e.toString();
    }

    private void ship() {
        f.dispatch.track(1, 0, NoteState.SHIPPED, null, bySunda);
    }

    @Test
    public void aNoteShipsOnlyPastTheStepTheGateTheWarehouseAndAUsableCarrierInThatOrder() {
        NoteEntity e = f.note(NoteState.IN_REVIEW, PaymentTerms.PREPAYMENT);
        assertEquals("a note in review does not ship, whatever else holds it", "409 state", refusal(this::ship));
        e.state = NoteState.REVIEWED;
        assertEquals("prepaid, not signed", "409 paymentGate", refusal(this::ship));
        e.financeSignedBy = "finance";
        assertEquals("signed, not checked by the warehouse", "409 warehouseCheck", refusal(this::ship));
        e.warehouseCheckedBy = "warehouse";
        assertEquals("checked, by a carrier not in the register", "400 carrier", refusal(this::ship));
        f.carrier(5, false);
        assertEquals("a carrier not yet screened", "409 carrierNotScreened", refusal(this::ship));
        f.carrier(5, true);
        assertEquals("freight in another currency than the note's", "400 freight", refusal(() -> f.dispatch.track(1, 0,
                NoteState.SHIPPED, null, new Shipment(5L, "SF-0001", Money.of("60", "USD")))));
        assertEquals("nothing was changed by the refusals", NoteState.REVIEWED, e.state);
        assertTrue(f.audits.isEmpty());
        assertTrue("nothing counted as delivered on the order", f.delivered.isEmpty());

        ship();
        assertEquals(NoteState.SHIPPED, e.state);
        assertEquals("沈阳顺达物流", e.carrierName);
        assertEquals(new BigDecimal("480.00"), e.freight);
        assertEquals(Fixture.TODAY.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC), e.shippedAt);
        assertTrue(f.lastAudit(), Fixture.isTransition(f.lastAudit()) && f.lastAudit().contains("carrier=沈阳顺达物流")
                && f.lastAudit().contains("state=SHIPPED"));
        assertEquals(java.util.List.of(LogisticsEvents.SHIPPED), f.events);
        assertEquals("the note's value counts as delivered on its order", java.util.List.of("logistics 7 33600.00"),
                f.delivered);
    }

    @Test
    public void aCustomerMovedToPrepaymentSinceTheNoteWasPreparedIsHeldAtShipping() {
        NoteEntity e = f.note(NoteState.REVIEWED, PaymentTerms.CREDIT);
        e.warehouseCheckedBy = "warehouse";
        f.carrier(5, true);
        f.customerTerms = PaymentTerms.PREPAYMENT;
        assertEquals("409 paymentGate", refusal(this::ship));
        e.financeSignedBy = "finance";
        ship();
        assertEquals(NoteState.SHIPPED, e.state);
    }

    @Test
    public void theInputIsCheckedBeforeAnyNoteIsRead() {
        f.note(NoteState.REVIEWED, PaymentTerms.CREDIT);
        assertEquals("the carrier is named when goods leave", "400 carrier",
                refusal(() -> f.dispatch.track(1, 0, NoteState.DELIVERED, null, bySunda)));
        assertEquals("a problem says what went wrong", "400 reason",
                refusal(() -> f.dispatch.track(1, 0, NoteState.EXCEPTION, " ")));
        assertEquals("a reason is text", "400 reason",
                refusal(() -> f.dispatch.track(1, 0, NoteState.EXCEPTION, "破损\u0000")));
        assertEquals("review decides the rest", "400 to", refusal(() -> f.dispatch.track(1, 0, NoteState.REVIEWED, null)));
        assertEquals("a waybill is text", "400 waybill", refusal(() -> f.dispatch.track(1, 0, NoteState.SHIPPED, null,
                new Shipment(5L, "SF\u0007", null))));
        assertEquals("freight is no negative amount", "400 freight", refusal(() -> f.dispatch.track(1, 0,
                NoteState.SHIPPED, null, new Shipment(5L, null, Money.of("-1", "CNY")))));
    }

    @Test
    public void aReviewedNoteIsWithdrawnOnlyByAManagerWithAReasonAndAGoneOneNotAtAll() {
        NoteEntity e = f.note(NoteState.REVIEWED, PaymentTerms.CREDIT);
        f.permissions = Set.of(LogisticsModule.READ, LogisticsModule.WRITE);
        assertThrows(AccessDeniedException.class, () -> f.dispatch.track(1, 0, NoteState.CANCELLED, "客户取消"));
        f.permissions = Set.of(LogisticsModule.READ, LogisticsModule.WRITE, LogisticsModule.EXCEPTION);
        assertEquals("400 reason", refusal(() -> f.dispatch.track(1, 0, NoteState.CANCELLED, null)));
        f.dispatch.track(1, 0, NoteState.CANCELLED, "客户取消订单");
        assertEquals(NoteState.CANCELLED, e.state);
        assertTrue(f.lastAudit(), f.lastAudit().contains("reason=客户取消订单"));
        e.state = NoteState.SHIPPED;
        assertEquals("gone goods come back as a return", "409 state",
                refusal(() -> f.dispatch.track(1, 0, NoteState.CANCELLED, "客户取消订单")));
        assertNull(e.problem);
    }
}
