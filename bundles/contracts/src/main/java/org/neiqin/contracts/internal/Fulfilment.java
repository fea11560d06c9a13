package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.contracts.FulfilmentSchedule;
import org.neiqin.api.contracts.FulfilmentStatus;
import org.neiqin.api.contracts.LineProgress;
import org.neiqin.api.money.Money;

/**
 * Computes a fulfilment schedule from the lines of a document and what the fulfilment sources
 * report. Nothing here is stored: the schedule is as true as the deliveries and invoices are.
 */
final class Fulfilment {
    private Fulfilment() {
    }

    /**
     * @param progress what the sources report for this document (any order, several per line)
     * @param sources names of the sources asked
     * @param today the day the schedule is read, for overdue
     */
    static FulfilmentSchedule schedule(ContractDocument doc, List<LineProgress> progress, List<String> sources,
            LocalDate today) {
        String cur = doc.total().currency().getCurrencyCode();
        Money zero = Money.zero(cur);
        Money deliveredValue = zero;
        Money invoiced = zero;
        Money paid = zero;
        Money receivable = zero;
        boolean allDelivered = true;
        boolean anything = false;
        boolean knowsMoney = false;
        List<FulfilmentSchedule.Row> rows = new ArrayList<>();
        for (ContractLine line : doc.lines()) {
            BigDecimal delivered = BigDecimal.ZERO;
            Money lineInvoiced = zero;
            Money linePaid = zero;
            for (LineProgress p : progress) {
                if (p.documentId() != doc.id() || p.lineId() != line.id()) {
                    continue;
                }
                if (p.delivered() != null) {
                    delivered = delivered.add(p.delivered());
                }
                if (p.invoiced() != null) {
                    lineInvoiced = lineInvoiced.plus(p.invoiced());
                    knowsMoney = true;
                }
                if (p.paid() != null) {
                    linePaid = linePaid.plus(p.paid());
                    knowsMoney = true;
                }
            }
            BigDecimal toDeliver = line.quantity().subtract(delivered).max(BigDecimal.ZERO);
            Money toInvoice = max(line.amount().minus(lineInvoiced), zero);
            Money lineReceivable = max(lineInvoiced.minus(linePaid), zero);
            rows.add(new FulfilmentSchedule.Row(line, delivered, toDeliver, lineInvoiced, linePaid, toInvoice,
                    lineReceivable));
            allDelivered &= toDeliver.signum() == 0;
            anything |= delivered.signum() > 0 || lineInvoiced.amount().signum() > 0 || linePaid.amount().signum() > 0;
            deliveredValue = deliveredValue.plus(line.unitPrice().times(delivered.min(line.quantity())));
            invoiced = invoiced.plus(lineInvoiced);
            paid = paid.plus(linePaid);
            receivable = receivable.plus(lineReceivable);
        }
        boolean settled = !knowsMoney || (invoiced.compareTo(doc.total()) >= 0 && paid.compareTo(doc.total()) >= 0);
        FulfilmentStatus status;
        if (doc.state() == DocumentState.CLOSED) {
            status = FulfilmentStatus.CLOSED;
        } else if (allDelivered && settled && !doc.lines().isEmpty()) {
            status = FulfilmentStatus.FULFILLED;
        } else if (!allDelivered && doc.deliveryDate() != null && today.isAfter(doc.deliveryDate())) {
            status = FulfilmentStatus.OVERDUE;
        } else if (anything) {
            status = FulfilmentStatus.PARTLY_FULFILLED;
        } else {
            status = FulfilmentStatus.OPEN;
        }
        return new FulfilmentSchedule(doc, rows, status, doc.total(), deliveredValue, invoiced, paid, receivable, sources);
    }

    private static Money max(Money a, Money b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** @return the progress reports grouped by document id. */
    static Map<Long, List<LineProgress>> byDocument(List<LineProgress> all) {
        Map<Long, List<LineProgress>> out = new java.util.HashMap<>();
        for (LineProgress p : all) {
            out.computeIfAbsent(p.documentId(), k -> new ArrayList<>()).add(p);
        }
        return out;
    }
}
