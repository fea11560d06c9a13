package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

/**
 * What is left to pay of issued invoices: each one's total, less what receipts matched to it, less what its issued
 * credit notes took off. The one sum every page and rule of collection uses (the customer card, the receipts' open
 * invoices, the collection ladder, the credit stop, the ageing).
 */
final class Owing {
    private Owing() {
    }

    /** @return what is left of each of {@code invoices}, in their order (zero or less when settled) */
    static Map<Long, BigDecimal> left(EntityManager em, Collection<InvoiceEntity> invoices) {
        List<Long> ids = invoices.stream().map(i -> i.id).toList();
        Map<Long, BigDecimal> paid = ReceiptService.paid(em, ids);
        Map<Long, BigDecimal> credited = CreditNotes.creditedAmounts(em, ids);
        Map<Long, BigDecimal> out = new LinkedHashMap<>();
        for (InvoiceEntity i : invoices) {
            out.put(i.id, i.total.subtract(paid.getOrDefault(i.id, BigDecimal.ZERO))
                    .subtract(credited.getOrDefault(i.id, BigDecimal.ZERO)));
        }
        return out;
    }
}
