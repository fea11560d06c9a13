package org.neiqin.logistics.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.ValidationException;

/** The gate's decisions: under the terms of the day, finance signs, a manager excepts with a reason. */
public class PaymentGateTest {
    private final Fixture f = new Fixture();

    @Test
    public void theGateHoldsUnderTheStricterOfTheNotesTermsAndTheCustomersOfTheDay() {
        NoteEntity e = f.note(NoteState.IN_REVIEW, PaymentTerms.CREDIT);
        f.gate.require(e);
        f.customerTerms = PaymentTerms.PREPAYMENT;
        assertEquals("paymentGate", assertThrows(ConflictException.class, () -> f.gate.require(e)).code());
        assertEquals("the note keeps the stricter terms", PaymentTerms.PREPAYMENT, e.paymentTerms);
        f.customerTerms = PaymentTerms.CREDIT;
        assertEquals("moved back to credit, a prepaid note still waits for the money", "paymentGate",
                assertThrows(ConflictException.class, () -> f.gate.require(e)).code());
    }

    @Test
    public void financeSignsANoteWhoseCustomerPrepaysTodayAndNoOther() {
        NoteEntity e = f.note(NoteState.IN_REVIEW, PaymentTerms.CREDIT);
        assertEquals("notPrepaid", assertThrows(ConflictException.class, () -> f.gate.financeSign(1, 0)).code());
        f.customerTerms = PaymentTerms.PREPAYMENT;
        NoteView v = f.gate.financeSign(1, 0);
        assertEquals(Gate.SIGNED, v.gate());
        assertEquals(PaymentTerms.PREPAYMENT, e.paymentTerms);
        assertTrue(f.lastAudit(), f.lastAudit().contains("financeSignedBy=tester"));
        f.gate.require(e);
        assertEquals("signed", assertThrows(ConflictException.class, () -> f.gate.financeSign(1, 0)).code());
    }

    @Test
    public void aManagersExceptionNeedsAReasonThatIsText() {
        NoteEntity e = f.note(NoteState.REVIEWED, PaymentTerms.PREPAYMENT);
        ValidationException none = assertThrows(ValidationException.class, () -> f.gate.allowBeforePayment(1, 0, " "));
        assertEquals("reason", none.errors().get(0).field());
        assertTrue(none.getMessage(), none.getMessage().contains("why these goods may go before the money"));
        assertEquals("format", assertThrows(ValidationException.class,
                () -> f.gate.allowBeforePayment(1, 0, "总经理同意\u0000")).errors().get(0).rule());
        assertEquals("maxLength", assertThrows(ValidationException.class,
                () -> f.gate.allowBeforePayment(1, 0, "长".repeat(501))).errors().get(0).rule());
        f.gate.allowBeforePayment(1, 0, "总经理同意先发货");
        assertEquals("总经理同意先发货", e.exceptionReason);
        assertEquals("the exception alone opens nothing: finance signs it", "paymentGate",
                assertThrows(ConflictException.class, () -> f.gate.require(e)).code());
    }
}
