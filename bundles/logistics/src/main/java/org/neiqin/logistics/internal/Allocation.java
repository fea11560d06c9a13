package org.neiqin.logistics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import javax.persistence.EntityManager;

import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.error.FieldConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.kit.store.LockRows;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * How much of each order line notes take: never more than ordered (plus the company's tolerance,
 * {@code overDeliveryPercent} in {@code etc/org.neiqin.logistics.cfg}), also when notes are prepared at
 * once. Each order line has a lock row ({@code LG_LINE_LOCK}); notes and returns of the same lines
 * queue on it until their transaction ends.
 */
@Component(service = Allocation.class, configurationPid = Allocation.PID)
@Designate(ocd = Allocation.Config.class)
public class Allocation {
    static final String PID = "org.neiqin.logistics";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Allocation.class);

    @ObjectClassDefinition(name = "Neiqin logistics")
    public @interface Config {
        @AttributeDefinition(description = "How far above the ordered quantity the notes of an order line may go,"
                + " in per cent (0 to 100)")
        String overDeliveryPercent() default "0";
    }

    private final LogisticsStore store;
    private final LockRows<LineLockEntity> locks;
    private volatile BigDecimal tolerancePercent = BigDecimal.ZERO;

    @Activate
    public Allocation(@Reference LogisticsStore store, Config config) {
        this.store = store;
        this.locks = lockRows(store);
        modified(config);
    }

    @Modified
    void modified(Config config) {
        BigDecimal p = NoteRules.tolerance(config.overDeliveryPercent());
        if (p == null) {
            LOG.warn("etc/{}.cfg: overDeliveryPercent = {} is not a per cent from 0 to 100; {} % stays in force", PID,
                    config.overDeliveryPercent(), tolerancePercent.toPlainString());
        } else {
            tolerancePercent = p;
        }
    }

    /** @return the tolerance in force, in per cent */
    BigDecimal tolerance() {
        return tolerancePercent;
    }

    /** @return the lines of an order with what notes not cancelled take of each and what is left */
    public List<OrderLine> orderLines(ContractDocument doc) {
        List<Long> ids = doc.lines().stream().map(ContractLine::id).toList();
        List<Map<Long, BigDecimal>> sums = ids.isEmpty() ? List.of(Map.of(), Map.of())
                : store.read(em -> List.of(gross(em, ids), returned(em, ids)));
        List<OrderLine> out = new ArrayList<>();
        for (ContractLine l : doc.lines()) {
            BigDecimal on = sums.get(0).getOrDefault(l.id(), BigDecimal.ZERO).stripTrailingZeros();
            BigDecimal back = sums.get(1).getOrDefault(l.id(), BigDecimal.ZERO).stripTrailingZeros();
            out.add(new OrderLine(l, on, back, NoteRules.remaining(l.quantity(), on.subtract(back), tolerancePercent)));
        }
        return out;
    }

    /**
     * Makes sure every order line of a note has its lock row, each in a transaction of its own (the kit's
     * {@link LockRows}). Called before the note's own transaction.
     */
    void ensureLockRows(long documentId, TreeSet<Long> lines) {
        locks.ensure(lines, line -> {
            LineLockEntity lock = new LineLockEntity();
            lock.contractLineId = line;
            lock.documentId = documentId;
            return lock;
        });
    }

    /**
     * Locks the order lines' rows until the transaction ends, then refuses what would take more of a line
     * than is left: 409 {@code remaining} naming each line of the request ({@code lines[i].quantity}).
     *
     * @param wanted request line index → order line and quantity, goods lines only
     */
    void take(EntityManager em, Map<Integer, Wanted> wanted) {
        TreeSet<Long> lines = new TreeSet<>();
        wanted.values().forEach(w -> lines.add(w.line().id()));
        if (lines.isEmpty()) {
            return;
        }
        locks.lock(em, lines);
        Map<Long, BigDecimal> onNotes = onNotes(em, lines);
        List<FieldError> over = new ArrayList<>();
        wanted.forEach((i, w) -> {
            ContractLine ol = w.line();
            BigDecimal already = onNotes.getOrDefault(ol.id(), BigDecimal.ZERO);
            BigDecimal left = NoteRules.remaining(ol.quantity(), already, tolerancePercent);
            if (w.quantity().compareTo(left) > 0) {
                over.add(new FieldError("lines[" + i + "].quantity", "remaining", Text.of("logistics.quantity.overOrder",
                        "line {0} ({1}): only {2} {3} left to deliver (ordered {4}, on notes {5})", ol.lineNo(),
                        ol.product(), left.toPlainString(), ol.unit(), ol.quantity().stripTrailingZeros().toPlainString(),
                        already.stripTrailingZeros().toPlainString())));
            }
        });
        if (!over.isEmpty()) {
            throw new FieldConflictException("remaining", over);
        }
    }

    /** A quantity of an order line that a note asks for. */
    record Wanted(ContractLine line, BigDecimal quantity) {
    }

    /** @return the order lines' lock rows ({@code LG_LINE_LOCK}): notes and returns for the same lines wait for each other */
    static LockRows<LineLockEntity> lockRows(LogisticsStore store) {
        return new LockRows<>(store, LineLockEntity.class, "contractLineId", "documentId");
    }

    /** @return how much of each order line the notes not cancelled take, less what accepted returns brought back */
    private static Map<Long, BigDecimal> onNotes(EntityManager em, Collection<Long> lines) {
        Map<Long, BigDecimal> out = new HashMap<>(gross(em, lines));
        returned(em, lines).forEach((line, back) -> out.merge(line, back.negate(), BigDecimal::add));
        return out;
    }

    /** @return how much of each order line the notes not cancelled take */
    private static Map<Long, BigDecimal> gross(EntityManager em, Collection<Long> lines) {
        return sums(em.createQuery("select l.contractLineId, sum(l.quantity) from NoteLineEntity l, NoteEntity n"
                + " where n.id = l.noteId and n.state <> :cancelled and l.contractLineId in :ids group by l.contractLineId",
                Object[].class).setParameter("cancelled", NoteState.CANCELLED).setParameter("ids", lines).getResultList());
    }

    /** @return how much of each order line accepted returns brought back */
    static Map<Long, BigDecimal> returned(EntityManager em, Collection<Long> lines) {
        return sums(em.createQuery("select l.contractLineId, sum(l.quantity) from ReturnLineEntity l, ReturnEntity r"
                + " where r.id = l.returnId and r.state = :accepted and l.contractLineId in :ids group by l.contractLineId",
                Object[].class).setParameter("accepted", ReturnState.ACCEPTED).setParameter("ids", lines).getResultList());
    }

    private static Map<Long, BigDecimal> sums(List<Object[]> rows) {
        Map<Long, BigDecimal> out = new HashMap<>();
        for (Object[] row : rows) {
            out.put((Long) row[0], (BigDecimal) row[1]);
        }
        return out;
    }
}
