package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.neiqin.api.contracts.FulfilmentSource;
import org.neiqin.api.contracts.LineProgress;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What was delivered of each order line, for the fulfilment schedule of contracts: the goods of the
 * notes whose goods have left (shipped, in transit, delivered, or with an exception on the way), less
 * what accepted returns brought back, read from the notes and returns each time, never a copy.
 */
@Component(service = FulfilmentSource.class)
public class Deliveries implements FulfilmentSource {
    private final LogisticsStore store;

    @Activate
    public Deliveries(@Reference LogisticsStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return LogisticsModule.ID;
    }

    @Override
    public List<LineProgress> progress(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return store.read(em -> {
            List<LineProgress> out = new ArrayList<>();
            List<Object[]> rows = em.createQuery("select n.documentId, l.contractLineId, sum(l.quantity), max(n.shippedAt)"
                    + " from NoteLineEntity l, NoteEntity n where n.id = l.noteId and n.documentId in :docs"
                    + " and n.state in :left and l.contractLineId is not null group by n.documentId, l.contractLineId",
                    Object[].class).setParameter("docs", documentIds).setParameter("left", List.of(NoteState.SHIPPED,
                            NoteState.IN_TRANSIT, NoteState.DELIVERED, NoteState.EXCEPTION)).getResultList();
            java.util.Map<Long, BigDecimal> back = new java.util.HashMap<>();
            for (Object[] r : em.createQuery("select l.contractLineId, sum(l.quantity) from ReturnLineEntity l, ReturnEntity t"
                    + " where t.id = l.returnId and t.documentId in :docs and t.state = :accepted group by l.contractLineId",
                    Object[].class).setParameter("docs", documentIds).setParameter("accepted", ReturnState.ACCEPTED)
                    .getResultList()) {
                back.put((Long) r[0], (BigDecimal) r[1]);
            }
            for (Object[] r : rows) {
                Instant last = (Instant) r[3];
                BigDecimal delivered = ((BigDecimal) r[2]).subtract(back.getOrDefault((Long) r[1], BigDecimal.ZERO));
                out.add(new LineProgress((Long) r[0], (Long) r[1], delivered.stripTrailingZeros(), null, null,
                        last == null ? null : LocalDate.ofInstant(last, ZoneId.systemDefault())));
            }
            return out;
        });
    }
}
