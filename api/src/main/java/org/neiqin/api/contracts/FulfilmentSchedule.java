package org.neiqin.api.contracts;

import java.math.BigDecimal;
import java.util.List;

import org.neiqin.api.money.Money;

/**
 * The fulfilment schedule (合同履行一览表) of one order or contract: per line, ordered against
 * delivered, invoiced and paid, and what remains.
 *
 * @param document the document (revision in force)
 * @param lines one row per line
 * @param status derived status
 * @param ordered total ordered value
 * @param delivered value of what was delivered (delivered quantity × unit price)
 * @param invoiced total invoiced
 * @param paid total paid
 * @param receivable invoiced but not paid (应收账款)
 * @param sources the modules that reported figures; empty when none is installed
 * @since 0.1
 */
public record FulfilmentSchedule(ContractDocument document, List<Row> lines, FulfilmentStatus status, Money ordered,
        Money delivered, Money invoiced, Money paid, Money receivable, List<String> sources) {
    public FulfilmentSchedule {
        lines = List.copyOf(lines);
        sources = List.copyOf(sources);
    }

    /**
     * One line of the schedule.
     *
     * @param line the contract line
     * @param delivered quantity delivered
     * @param toDeliver quantity still to deliver (never negative)
     * @param invoiced amount invoiced
     * @param paid amount paid
     * @param toInvoice line amount not yet invoiced (never negative)
     * @param receivable invoiced but not paid
     */
    public record Row(ContractLine line, BigDecimal delivered, BigDecimal toDeliver, Money invoiced, Money paid,
            Money toInvoice, Money receivable) {
    }
}
