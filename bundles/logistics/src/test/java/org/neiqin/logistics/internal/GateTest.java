package org.neiqin.logistics.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.neiqin.api.crm.PaymentTerms;

public class GateTest {
    @Test
    public void prepaidGoodsWaitForFinance() {
        assertEquals(Gate.HELD, Gate.of(PaymentTerms.PREPAYMENT, null));
        assertFalse(Gate.of(PaymentTerms.PREPAYMENT, null).isOpen());
        assertEquals(Gate.SIGNED, Gate.of(PaymentTerms.PREPAYMENT, "finance"));
        assertTrue(Gate.of(PaymentTerms.PREPAYMENT, "finance").isOpen());
        assertEquals(Gate.OPEN, Gate.of(PaymentTerms.MONTHLY_SETTLEMENT, null));
        assertEquals(Gate.OPEN, Gate.of(PaymentTerms.CREDIT, null));
    }

    @Test
    public void theStricterTermsOfTheNoteAndTheCustomersFileTodayApply() {
        assertEquals("moved to prepayment after the note was prepared", PaymentTerms.PREPAYMENT,
                Gate.stricter(PaymentTerms.CREDIT, PaymentTerms.PREPAYMENT));
        assertEquals("moved to credit after a prepaid note was prepared: the note still waits for the money",
                PaymentTerms.PREPAYMENT, Gate.stricter(PaymentTerms.PREPAYMENT, PaymentTerms.CREDIT));
        assertEquals(PaymentTerms.MONTHLY_SETTLEMENT, Gate.stricter(PaymentTerms.MONTHLY_SETTLEMENT, PaymentTerms.CREDIT));
        assertEquals(PaymentTerms.CREDIT, Gate.stricter(PaymentTerms.CREDIT, PaymentTerms.CREDIT));
    }
}
