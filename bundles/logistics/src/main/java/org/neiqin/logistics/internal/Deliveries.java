package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;

import org.neiqin.api.contracts.FulfilmentSource;
import org.neiqin.api.contracts.LineProgress;
import org.neiqin.api.logistics.Delivery;
import org.neiqin.api.logistics.DeliveryService;
import org.neiqin.api.logistics.LineDelivered;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What was delivered of each order line, for the fulfilment schedule of contracts and for other
 * modules ({@link DeliveryService}): the goods of the notes whose goods have left (shipped, in
 * transit, delivered, or with an exception on the way), less what accepted returns brought back,
 * read from the notes and returns each time, never a copy.
 */
@Component(service = {FulfilmentSource.class, DeliveryService.class})
public class Deliveries implements FulfilmentSource, DeliveryService {
    private final LogisticsStore store;
    private final SecurityService security;

    @Activate
    public Deliveries(@Reference LogisticsStore store, @Reference SecurityService security) {
        this.store = store;
        this.security = security;
    }

    @Override
    public String name() {
        return LogisticsModule.ID;
    }

    /** The value of what left on notes, less what accepted returns brought back, per order: two grouped queries. */
    @Override
    public Map<Long, BigDecimal> deliveredValues(long fromDocument, long toDocument) {
        return store.read(em -> {
            Map<Long, BigDecimal> out = new HashMap<>();
            for (Object[] r : em.createQuery("select n.documentId, sum(l.amount) from NoteLineEntity l, NoteEntity n"
                    + " where n.id = l.noteId and n.documentId between :from and :to and n.state in :left"
                    + " group by n.documentId", Object[].class).setParameter("from", fromDocument)
                    .setParameter("to", toDocument).setParameter("left", NoteState.LEFT).getResultList()) {
                out.put((Long) r[0], (BigDecimal) r[1]);
            }
            for (Object[] r : em.createQuery("select t.documentId, sum(l.amount) from ReturnLineEntity l, ReturnEntity t"
                    + " where t.id = l.returnId and t.documentId between :from and :to and t.state = :accepted"
                    + " group by t.documentId", Object[].class).setParameter("from", fromDocument)
                    .setParameter("to", toDocument).setParameter("accepted", ReturnState.ACCEPTED).getResultList()) {
                out.merge((Long) r[0], ((BigDecimal) r[1]).negate(), BigDecimal::add);
            }
            return out;
        });
    }

    /** Per order line: quantity and value shipped, the latest ship time, and what accepted returns brought back. */
    private record Sums(long document, long line, BigDecimal shipped, BigDecimal shippedValue, Instant last,
            BigDecimal returned, BigDecimal returnedValue, String currency) {
    }

    private static List<Sums> sums(EntityManager em, Collection<Long> documentIds) {
        Map<Long, Object[]> back = new HashMap<>();
        for (Object[] r : em.createQuery("select l.contractLineId, sum(l.quantity), sum(l.amount) from ReturnLineEntity l,"
                + " ReturnEntity t where t.id = l.returnId and t.documentId in :docs and t.state = :accepted"
                + " group by l.contractLineId", Object[].class).setParameter("docs", documentIds)
                .setParameter("accepted", ReturnState.ACCEPTED).getResultList()) {
            back.put((Long) r[0], r);
        }
        List<Sums> out = new ArrayList<>();
        for (Object[] r : em.createQuery("select n.documentId, l.contractLineId, sum(l.quantity), sum(l.amount),"
                + " max(n.shippedAt), max(n.currency) from NoteLineEntity l, NoteEntity n where n.id = l.noteId"
                + " and n.documentId in :docs and n.state in :left and l.contractLineId is not null"
                + " group by n.documentId, l.contractLineId", Object[].class).setParameter("docs", documentIds)
                .setParameter("left", NoteState.LEFT).getResultList()) {
            Object[] b = back.get((Long) r[1]);
            out.add(new Sums((Long) r[0], (Long) r[1], (BigDecimal) r[2], (BigDecimal) r[3], (Instant) r[4],
                    b == null ? BigDecimal.ZERO : (BigDecimal) b[1], b == null ? BigDecimal.ZERO : (BigDecimal) b[2],
                    (String) r[5]));
        }
        return out;
    }

    @Override
    public List<LineProgress> progress(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return store.read(em -> {
            List<LineProgress> out = new ArrayList<>();
            for (Sums s : sums(em, documentIds)) {
                out.add(new LineProgress(s.document(), s.line(), s.shipped().subtract(s.returned()).stripTrailingZeros(),
                        null, null, s.last() == null ? null : LocalDate.ofInstant(s.last(), store.clock().zone())));
            }
            return out;
        });
    }

    @Override
    public List<LineDelivered> delivered(long documentId) {
        security.require(LogisticsModule.READ);
        return store.read(em -> {
            List<LineDelivered> out = new ArrayList<>();
            for (Sums s : sums(em, List.of(documentId))) {
                out.add(new LineDelivered(s.document(), s.line(), s.shipped().stripTrailingZeros(),
                        s.returned().stripTrailingZeros(), s.shipped().subtract(s.returned()).stripTrailingZeros(),
                        Money.of(s.shippedValue().subtract(s.returnedValue()), s.currency())));
            }
            return out;
        });
    }

    @Override
    public List<Delivery> ofDocument(long documentId) {
        security.require(LogisticsModule.READ);
        return store.read(em -> em.createQuery("select n from NoteEntity n where n.documentId = :d order by n.id",
                NoteEntity.class).setParameter("d", documentId).getResultList().stream()
                .map(n -> new Delivery(n.id, n.code, n.documentId, n.documentNumber, n.customerId, n.state.name(),
                        n.promisedOn, n.shippedAt, n.deliveredAt, Money.of(n.amount, n.currency), n.carrierName, n.waybill))
                .collect(java.util.stream.Collectors.toList()));
    }
}
