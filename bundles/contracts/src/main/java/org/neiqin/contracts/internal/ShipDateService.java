package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.persistence.EntityManager;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.SecurityService;
import org.neiqin.kit.query.Scopes;
import org.neiqin.kit.store.Store;
import org.neiqin.kit.form.Forms;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * From order to warehouse (计划部确认交期): each line of a sales order or contract in force waits for the planning clerk,
 * who checks stock, notes the production order raised and commits the date the line can ship; the office chases a
 * line that waits (跟催); a committed date later than the delivery date promised to the customer stands out until the
 * office has told the customer. A line waits while its document is in force and nothing of it has been delivered.
 * Everything is audited on the document.
 */
@Component(service = ShipDateService.class)
public class ShipDateService {
    /** The documents whose lines planning commits: what the company sells. */
    public static final List<DocumentKind> KINDS = List.of(DocumentKind.ORDER, DocumentKind.SALES_CONTRACT);
    /** The most lines one board shows; the rest are counted. */
    public static final int BOARD_LIMIT = 200;

    /** Which lines a board shows. */
    public enum Show {
        /** lines that wait for a committed date, the longest promised first */
        AWAITING,
        /** lines committed later than promised whose customer is not yet told */
        LATE,
        /** lines with a committed date, the soonest first */
        COMMITTED
    }

    /** A board: its lines (at most {@link #BOARD_LIMIT}) and how many there are. */
    public record Board(List<ShipDateView> lines, long total) {
    }

    private final DocumentStore store;
    private final SecurityService security;

    @Activate
    public ShipDateService(@Reference DocumentStore store, @Reference SecurityService security) {
        this.store = store;
        this.security = security;
    }

    /**
     * The planning clerk commits (or moves) the date a line can ship.
     *
     * @param version the version of the line's answer the clerk saw; null when the clerk saw none (a date committed
     *        meanwhile is then a conflict, a chase is not)
     */
    public ShipDateView commit(long documentId, long lineKey, Integer version, ShipDateData data) {
        Actor actor = security.require(ContractsModule.PLAN);
        // every error of the form at once: the kit's checks of each field, then the date against today
        List<FieldError> errors = new ArrayList<>(Forms.check(DraftService.body(data)));
        LocalDate today = store.today();
        if (data.committedDate() != null && data.committedDate().isBefore(today)) {
            errors.add(new FieldError("committedDate", "min", Text.of("contracts.shipDate.past",
                    "the committed ship date {0} is before today ({1})", data.committedDate(), today)));
        }
        Forms.require(errors);
        return store.write(em -> {
            DocumentEntity d = open(em, documentId);
            LineEntity line = line(em, d, lineKey);
            ShipDateEntity s = answer(em, d.id, lineKey);
            Map<String, Object> before = null;
            if (s == null) {
                s = new ShipDateEntity();
                s.documentId = d.id;
                s.lineKey = lineKey;
            } else {
                if (version != null) {
                    ConflictException.requireVersion(s.version, version, "ship date of line " + line.lineNo, d.id);
                } else if (s.committedDate != null) {
                    // the clerk did not see the date committed meanwhile: it is not overwritten unseen
                    throw ConflictException.stale("ship date of line " + line.lineNo + " of", DocumentStore.display(d));
                }
                before = facts(s, line);
            }
            if (s.committedDate != null && !s.committedDate.equals(data.committedDate())) {
                s.toldAt = null; // a date moved again is a new date: the customer is told again if it is late
                s.toldBy = null;
            }
            s.stockOnHand = data.stockOnHand();
            s.productionOrder = Forms.trimmed(data.productionOrder());
            s.committedDate = data.committedDate();
            s.note = Forms.trimmed(data.note());
            s.committedBy = actor.name();
            s.committedAt = store.now();
            if (s.id == null) {
                store.create(em, s, actor);
            } else {
                store.touch(s, actor);
            }
            // a change of the document's line, as chases and "customer told" are
            store.audit(em, ContractsModule.ENTITY, d.id, AuditAction.UPDATE, before, facts(s, line));
            return view(d, line, s);
        });
    }

    /** The office chases planning for a line that waits for its date (跟催). */
    public ShipDateView chase(long documentId, long lineKey) {
        Actor actor = security.require(ContractsModule.WRITE);
        return store.write(em -> {
            DocumentEntity d = open(em, documentId);
            LineEntity line = line(em, d, lineKey);
            ShipDateEntity s = answer(em, d.id, lineKey);
            if (s != null && s.committedDate != null) {
                throw new ConflictException("ship-date-committed", Text.of("contracts.shipDate.chaseCommitted",
                        "line {0} of {1} already has a committed ship date ({2}); there is nothing to chase", line.lineNo,
                        DocumentStore.display(d), s.committedDate));
            }
            if (s == null) {
                s = new ShipDateEntity();
                s.documentId = d.id;
                s.lineKey = lineKey;
            }
            s.chases++;
            s.chasedBy = actor.name();
            s.chasedAt = store.now();
            if (s.id == null) {
                store.create(em, s, actor);
            } else {
                store.touch(s, actor);
            }
            store.audit(em, ContractsModule.ENTITY, d.id, AuditAction.UPDATE, null,
                    Map.of("shipDateLine", line.lineNo, "shipDateChases", s.chases));
            return view(d, line, s);
        });
    }

    /** The office records that the customer was told of a committed date later than promised. */
    public ShipDateView told(long documentId, long lineKey, int version) {
        Actor actor = security.require(ContractsModule.WRITE);
        return store.write(em -> {
            DocumentEntity d = open(em, documentId);
            LineEntity line = line(em, d, lineKey);
            ShipDateEntity s = answer(em, d.id, lineKey);
            if (s == null || s.committedDate == null || lateDays(d, s) == null) {
                throw new ConflictException("ship-date-not-late", Text.of("contracts.shipDate.notLate",
                        "line {0} of {1} has no committed ship date later than the one promised; there is nothing to tell"
                                + " the customer", line.lineNo, DocumentStore.display(d)));
            }
            ConflictException.requireVersion(s.version, version, "ship date of line " + line.lineNo, d.id);
            if (s.toldAt != null) {
                throw new ConflictException("ship-date-told", Text.of("contracts.shipDate.alreadyTold",
                        "the customer was told of line {0}'s date on {1}", line.lineNo, s.toldAt));
            }
            s.toldBy = actor.name();
            s.toldAt = store.now();
            store.touch(s, actor);
            store.audit(em, ContractsModule.ENTITY, d.id, AuditAction.UPDATE, null,
                    Map.of("shipDateLine", line.lineNo, "shipDateToldCustomer", s.committedDate.toString()));
            return view(d, line, s);
        });
    }

    /** @return every line of one document with planning's answer, in line order (lines of a quotation wait for nothing) */
    public List<ShipDateView> forDocument(long documentId) {
        security.require(ContractsModule.READ);
        return store.read(em -> {
            DocumentEntity d = DocumentStore.visible(em, documentId, security.scope());
            Map<Long, ShipDateEntity> answers = new HashMap<>();
            em.createQuery("select s from ShipDateEntity s where s.documentId = :d", ShipDateEntity.class)
                    .setParameter("d", d.id).getResultList().forEach(s -> answers.put(s.lineKey, s));
            List<ShipDateView> out = new ArrayList<>();
            for (LineEntity l : DocumentStore.lines(em, d.id, d.revision)) {
                out.add(view(d, l, answers.get(l.lineKey)));
            }
            return out;
        });
    }

    /** @return the lines a board shows and how many there are */
    public Board board(Show show) {
        security.require(ContractsModule.READ);
        Show which = show == null ? Show.AWAITING : show;
        Scopes.Clause scope = Scopes.clause(security.scope(), "d.salesperson", "d.region");
        return store.read(em -> {
            String from = from(which) + " and " + scope.jpql();
            long total = Store.bind(em.createQuery("select count(l)" + from, Long.class), scope).setParameter("kinds", KINDS)
                    .setParameter("state", DocumentState.EFFECTIVE).getSingleResult();
            String order = which == Show.AWAITING ? " order by d.deliveryDate, d.id, l.lineNo"
                    : " order by s.committedDate, d.id, l.lineNo";
            List<Object[]> rows = Store.bind(em.createQuery("select d, l" + from + order, Object[].class), scope)
                    .setParameter("kinds", KINDS).setParameter("state", DocumentState.EFFECTIVE).setMaxResults(BOARD_LIMIT)
                    .getResultList();
            Map<String, ShipDateEntity> answers = new HashMap<>();
            List<Long> docs = rows.stream().map(o -> ((DocumentEntity) o[0]).id).distinct().toList();
            for (ShipDateEntity s : DocumentStore.byIds(docs, ids -> em.createQuery(
                    "select s from ShipDateEntity s where s.documentId in :ids", ShipDateEntity.class)
                    .setParameter("ids", ids).getResultList())) {
                answers.put(s.documentId + ":" + s.lineKey, s);
            }
            List<ShipDateView> out = new ArrayList<>();
            for (Object[] o : rows) {
                DocumentEntity d = (DocumentEntity) o[0];
                LineEntity l = (LineEntity) o[1];
                out.add(view(d, l, answers.get(d.id + ":" + l.lineKey)));
            }
            return new Board(out, total);
        });
    }

    /** @return how many lines a board would show, for the home page */
    public long count(Show show) {
        Scopes.Clause scope = Scopes.clause(security.scope(), "d.salesperson", "d.region");
        return store.read(em -> Store.bind(em.createQuery("select count(l)" + from(show) + " and " + scope.jpql(), Long.class),
                scope).setParameter("kinds", KINDS).setParameter("state", DocumentState.EFFECTIVE).getSingleResult());
    }


    /** @return the query's from and where: the lines in force ({@code l}) of the documents ({@code d}) a board shows */
    private static String from(Show show) {
        String lines = " where l.documentId = d.id and l.revision = d.revision and d.state = :state and d.kind in :kinds";
        switch (show) {
            case LATE:
                return " from LineEntity l, DocumentEntity d, ShipDateEntity s" + lines + " and s.documentId = d.id"
                        + " and s.lineKey = l.lineKey and s.committedDate > d.deliveryDate and s.toldAt is null";
            case COMMITTED:
                return " from LineEntity l, DocumentEntity d, ShipDateEntity s" + lines + " and s.documentId = d.id"
                        + " and s.lineKey = l.lineKey and s.committedDate is not null";
            default:
                return " from LineEntity l, DocumentEntity d" + lines + " and not exists (select s.id from ShipDateEntity s"
                        + " where s.documentId = d.id and s.lineKey = l.lineKey and s.committedDate is not null)"
                        + " and not exists (select x.documentId from DeliveredEntity x where x.documentId = d.id"
                        + " and x.amount > 0)";
        }
    }

    /** @return the document, if planning answers for its lines now (and the caller's scope reaches it) */
    private DocumentEntity open(EntityManager em, long documentId) {
        DocumentEntity d = DocumentStore.visible(em, documentId, security.scope());
        if (!KINDS.contains(d.kind) || d.state != DocumentState.EFFECTIVE) {
            throw new ConflictException("ship-date-not-open", Text.of("contracts.shipDate.notOpen",
                    "{0} is a {1} in state {2}; ship dates are committed for sales orders and contracts in force",
                    DocumentStore.display(d), d.kind, d.state));
        }
        return d;
    }

    private static LineEntity line(EntityManager em, DocumentEntity d, long lineKey) {
        return DocumentStore.lines(em, d.id, d.revision).stream().filter(l -> l.lineKey.equals(lineKey)).findFirst()
                .orElseThrow(() -> new ValidationException("lineKey", "unknown", Text.of("contracts.stockUp.unknownLine",
                        "{0} has no line {1}", DocumentStore.display(d), lineKey)));
    }

    private static ShipDateEntity answer(EntityManager em, long documentId, long lineKey) {
        return em.createQuery("select s from ShipDateEntity s where s.documentId = :d and s.lineKey = :k",
                ShipDateEntity.class).setParameter("d", documentId).setParameter("k", lineKey).getResultList().stream()
                .findFirst().orElse(null);
    }

    private static Long lateDays(DocumentEntity d, ShipDateEntity s) {
        if (s == null || s.committedDate == null || d.deliveryDate == null || !s.committedDate.isAfter(d.deliveryDate)) {
            return null;
        }
        return ChronoUnit.DAYS.between(d.deliveryDate, s.committedDate);
    }

    /** What the audit trail keeps of an answer. */
    private static Map<String, Object> facts(ShipDateEntity s, LineEntity line) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("shipDateLine", line.lineNo);
        m.put("committedDate", Objects.toString(s.committedDate, ""));
        m.put("stockOnHand", s.stockOnHand == null ? "" : s.stockOnHand.stripTrailingZeros().toPlainString());
        m.put("productionOrder", Objects.toString(s.productionOrder, ""));
        m.put("shipDateNote", Objects.toString(s.note, ""));
        return m;
    }

    private static ShipDateView view(DocumentEntity d, LineEntity l, ShipDateEntity s) {
        String product = l.product + (l.spec == null || l.spec.isBlank() ? "" : " " + l.spec);
        BigDecimal q = l.quantity;
        if (s == null) {
            return new ShipDateView(d.id, DocumentStore.display(d), d.customerName, l.lineKey, l.lineNo, product, q, l.unit,
                    d.deliveryDate, null, null, null, null, null, null, 0, null, null, null, null, null, null);
        }
        return new ShipDateView(d.id, DocumentStore.display(d), d.customerName, l.lineKey, l.lineNo, product, q, l.unit,
                d.deliveryDate, s.committedDate, s.stockOnHand, s.productionOrder, s.note, s.committedBy, s.committedAt,
                s.chases, s.chasedBy, s.chasedAt, s.toldBy, s.toldAt, lateDays(d, s), s.version);
    }
}
