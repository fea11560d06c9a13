package org.neiqin.api.credit;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.neiqin.api.crm.CreditTerms;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.money.Money;

public class CreditCheckTest {
    private static Money cny(String a) {
        return Money.of(a, "CNY");
    }

    @Test
    public void openSalesPlusThisDocumentAreComparedWithTheLimit() {
        CreditTerms terms = new CreditTerms("A", cny("300000"), PaymentTerms.CREDIT, 60);
        assertEquals(CreditCheck.Verdict.WITHIN, CreditCheck.of(terms, cny("200000"), cny("100000")).verdict());
        CreditCheck over = CreditCheck.of(terms, cny("200000"), cny("100000.01"));
        assertEquals(CreditCheck.Verdict.OVER_LIMIT, over.verdict());
        assertTrue(over.text().toString(), over.text().toString().contains("over the limit by 0.01 CNY"));
    }

    @Test
    public void prepaymentAndMissingLimitsNeedNoApproval() {
        assertEquals(CreditCheck.Verdict.PREPAID, CreditCheck.of(new CreditTerms("B", cny("0"),
                PaymentTerms.PREPAYMENT, 0), cny("0"), cny("5000")).verdict());
        assertEquals(CreditCheck.Verdict.NO_LIMIT, CreditCheck.of(new CreditTerms(null, null,
                PaymentTerms.MONTHLY_SETTLEMENT, 0), cny("0"), cny("5000")).verdict());
    }

    @Test
    public void aZeroLimitOnCreditTermsMeansEveryOrderNeedsTheManager() {
        assertEquals(CreditCheck.Verdict.OVER_LIMIT, CreditCheck.of(new CreditTerms("C", cny("0"), PaymentTerms.CREDIT,
                30), cny("0"), cny("1")).verdict());
    }
}
