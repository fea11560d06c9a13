package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neiqin.api.credit.CreditStop;
import org.neiqin.api.error.Text;
import org.neiqin.invoicing.internal.Ladder.Step;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The collection ladder's credit stop: a customer with an invoice still unpaid at the step set to stop
 * ({@code creditStopAt}, the letter by default) is on credit stop, which every credit check then says.
 */
@Component(service = {CreditStop.class, LadderStop.class})
public class LadderStop implements CreditStop {
    private final InvoicingStore store;
    private final InvoicingSettings settings;

    @Activate
    public LadderStop(@Reference InvoicingStore store, @Reference InvoicingSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    @Override
    public Optional<Text> stop(long customerId) {
        Optional<Step> at = settings.ladder().stopAt();
        if (at.isEmpty()) {
            return Optional.empty();
        }
        List<Step> stopping = new ArrayList<>();
        for (Step s : Step.values()) {
            if (s.ordinal() >= at.get().ordinal()) {
                stopping.add(s);
            }
        }
        return store.read(em -> {
            List<CollectionStepEntity> steps = em.createQuery("select s from CollectionStepEntity s where s.customerId"
                    + " = :c and s.step in :steps order by s.dueDate, s.id", CollectionStepEntity.class)
                    .setParameter("c", customerId).setParameter("steps", stopping).getResultList();
            if (steps.isEmpty()) {
                return Optional.empty();
            }
            Map<Long, InvoiceEntity> invoices = new HashMap<>();
            for (CollectionStepEntity s : steps) {
                invoices.computeIfAbsent(s.invoiceId, id -> em.find(InvoiceEntity.class, id));
            }
            Map<Long, BigDecimal> owing = Owing.left(em, invoices.values());
            for (CollectionStepEntity s : steps) {
                if (owing.get(s.invoiceId).signum() > 0) {
                    return Optional.of(Text.of("invoicing.stop", "credit stop: invoice {0}, due {1}, still owes {2} ({3}"
                            + " reached on {4})", s.invoiceNumber, s.dueDate, org.neiqin.api.money.Money.of(
                                    owing.get(s.invoiceId), s.currency), s.step, s.reachedOn));
                }
            }
            return Optional.empty();
        });
    }
}
