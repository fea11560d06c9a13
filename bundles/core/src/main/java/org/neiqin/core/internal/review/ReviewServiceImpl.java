package org.neiqin.core.internal.review;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.neiqin.api.audit.AuditAction;
import org.neiqin.api.audit.AuditService;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.NotFoundException;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.event.NeiqinEvents;
import org.neiqin.api.module.ReviewDef;
import org.neiqin.api.money.Money;
import org.neiqin.api.review.Decision;
import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewHandler;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.review.ReviewState;
import org.neiqin.api.review.Verdict;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.Roles;
import org.neiqin.api.security.SecurityService;
import org.neiqin.core.internal.db.CoreDatabase;
import org.neiqin.core.internal.db.Jdbc;
import org.neiqin.core.internal.registry.CoreModule;
import org.neiqin.core.internal.registry.ModuleRegistryImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.neiqin.api.event.EventPublisher;

/**
 * Review rounds in core's tables. Rules per document type come from the module descriptor and
 * may be overridden in {@code etc/org.neiqin.review.cfg}: {@code <type>.reviews},
 * {@code <type>.thresholds}, {@code <type>.roles}. A type nobody declared needs one review by a
 * manager.
 */
@Component(configurationPid = "org.neiqin.review", service = ReviewService.class)
public class ReviewServiceImpl implements ReviewService {
    private final CoreDatabase db;
    private final SecurityService security;
    private final AuditService audit;
    private final ModuleRegistryImpl registry;
    private final Map<String, ReviewHandler> handlers = new ConcurrentHashMap<>();
    private volatile Map<String, Object> config;

    @Reference
    private EventPublisher events;

    @Activate
    public ReviewServiceImpl(@Reference CoreDatabase db, @Reference SecurityService security,
            @Reference AuditService audit, @Reference ModuleRegistryImpl registry, Map<String, Object> config) {
        this.db = db;
        this.security = security;
        this.audit = audit;
        this.registry = registry;
        this.config = config;
    }

    @Modified
    void modified(Map<String, Object> config) {
        this.config = config;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindHandler(ReviewHandler handler, Map<String, Object> props) {
        for (String type : types(props)) {
            handlers.put(type, handler);
        }
    }

    void unbindHandler(ReviewHandler handler, Map<String, Object> props) {
        for (String type : types(props)) {
            handlers.remove(type, handler);
        }
    }

    /**
     * @return the handler of a document type, or {@code null} for a type no module declares (a review
     *         kept for the record only)
     * @throws ConflictException when a module declares the type but its handler is not running (the
     *         module is starting or being refreshed): the decision is not recorded, rather than recorded
     *         without reaching the document
     */
    private ReviewHandler handler(String type) {
        ReviewHandler h = handlers.get(type);
        if (h == null && registry.review(type).isPresent()) {
            throw new ConflictException("handlerMissing", Text.of("core.review.handlerMissing",
                    "the module that keeps {0} documents is not running just now: nothing was decided; try again",
                    type));
        }
        return h;
    }

    /** @return the document types a service names in {@value ReviewHandler#DOCUMENT_TYPE} (one, or several) */
    public static List<String> types(Map<String, Object> props) {
        Object v = props.get(ReviewHandler.DOCUMENT_TYPE);
        if (v instanceof String[]) {
            return List.of((String[]) v);
        }
        return v == null ? List.of() : List.of(v.toString());
    }

    public ReviewPolicy policy(String type) {
        Object reviews = config.get(type + ".reviews");
        Optional<ReviewDef> def = registry.review(type);
        if (reviews != null || def.isEmpty()) {
            String thresholds = (String) config.get(type + ".thresholds");
            String roles = (String) config.get(type + ".roles");
            return ReviewPolicy.parse(reviews == null ? "1" : reviews.toString(), thresholds,
                    roles == null ? String.join(",", Roles.MANAGER, Roles.ADMIN) : roles);
        }
        ReviewDef d = def.get();
        return ReviewPolicy.of(d.reviews(), d.thresholds(), d.reviewerRoles());
    }

    @Override
    public Review submit(String documentType, String documentId, String title, Money amount) {
        return submit(documentType, documentId, Text.plain(title == null ? "" : title), amount);
    }

    @Override
    public Review submit(String documentType, String documentId, Text text, Money amount) {
        String title = text.toString();
        String args = ReviewTitles.encode(text);
        Actor preparer = security.currentActor()
                .orElseThrow(() -> new org.neiqin.api.error.AccessDeniedException(
                        Text.of("core.notLoggedIn", "you are not logged in")));
        if (title.isBlank() || title.length() > 500 || args != null && args.length() > 2000) {
            throw new ValidationException("title", "required", Text.of("core.review.title",
                    "a review needs a title of 1 to 500 characters"));
        }
        ReviewPolicy policy = policy(documentType);
        int required = policy.required(amount);
        return db.tx().required(() -> {
            Optional<Review> latest = latest(documentType, documentId);
            if (latest.isPresent() && latest.get().state() == ReviewState.PENDING) {
                throw new ConflictException("review-pending", Text.of("core.review.pending",
                        "{0} {1} is already waiting for review (review {2})", documentType, documentId,
                        latest.get().id()));
            }
            ReviewState state = required == 0 ? ReviewState.APPROVED : ReviewState.PENDING;
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            long id = db.jdbc().insert("NQ_REVIEW", "DOCUMENT_TYPE, DOCUMENT_ID, TITLE, TITLE_KEY, TITLE_ARGS, PREPARER, "
                    + "AMOUNT, CURRENCY, REQUIRED, STATE, SUBMITTED_AT, VERSION",
                    documentType, documentId, title, args == null ? null : text.key(), args, preparer.name(),
                    amount == null ? org.neiqin.core.internal.db.Jdbc.NULL_DECIMAL : amount.amount(),
                    amount == null ? null : amount.currency().getCurrencyCode(),
                    required, state.name(), now, 0);
            Review review = get(id);
            audit.record("core", documentType, documentId, AuditAction.REVIEW, null,
                    Map.of("review", id, "state", state.name(), "required", required));
            if (state == ReviewState.APPROVED) {
                ReviewHandler h = handler(documentType);
                if (h != null) {
                    h.approved(review);
                }
            }
            post(state == ReviewState.APPROVED ? NeiqinEvents.REVIEW_APPROVED : NeiqinEvents.REVIEW_SUBMITTED,
                    review, preparer, null);
            return review;
        });
    }

    @Override
    public Review decide(long reviewId, Verdict verdict, String reason) {
        Actor actor = security.require(CoreModule.REVIEW);
        if (verdict == null) {
            throw new ValidationException("verdict", "required", Text.of("core.review.verdict.required",
                    "the verdict must be APPROVE or REJECT"));
        }
        return db.tx().required(() -> {
            // lock the round so that two reviewers deciding at once are counted one after the other
            if (db.jdbc().update("UPDATE NQ_REVIEW SET VERSION = VERSION + 1 WHERE ID = ?", reviewId) == 0) {
                throw new NotFoundException("review", reviewId);
            }
            Review review = get(reviewId);
            ReviewPolicy policy = policy(review.documentType());
            policy.check(review, actor, verdict, reason);
            ReviewState next = ReviewPolicy.after(review, verdict);
            db.jdbc().insert("NQ_REVIEW_DECISION", "REVIEW_ID, REVIEWER, AT_UTC, VERDICT, REASON", reviewId, actor.name(), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                    verdict.name(), reason);
            db.jdbc().update("UPDATE NQ_REVIEW SET STATE = ? WHERE ID = ?", next.name(), reviewId);
            Review decided = get(reviewId);
            Map<String, Object> newValues = new HashMap<>();
            newValues.put("review", reviewId);
            newValues.put("verdict", verdict.name());
            newValues.put("state", next.name());
            newValues.put("reason", reason);
            audit.record("core", review.documentType(), review.documentId(), AuditAction.REVIEW,
                    Map.of("state", review.state().name()), newValues);
            ReviewHandler h = next == ReviewState.PENDING ? null : handler(review.documentType());
            if (h != null && next == ReviewState.APPROVED) {
                h.approved(decided);
            } else if (h != null && next == ReviewState.REJECTED) {
                h.rejected(decided);
            }
            if (next != ReviewState.PENDING) {
                post(next == ReviewState.APPROVED ? NeiqinEvents.REVIEW_APPROVED : NeiqinEvents.REVIEW_REJECTED,
                        decided, actor, reason);
            }
            return decided;
        });
    }

    private void post(String topic, Review review, Actor actor, String reason) {
        Map<String, Object> props = new HashMap<>();
        props.put(NeiqinEvents.DOCUMENT_TYPE, review.documentType());
        props.put(NeiqinEvents.DOCUMENT_ID, review.documentId());
        props.put(NeiqinEvents.REVIEW_ID, review.id());
        props.put(NeiqinEvents.ACTOR, actor.name());
        if (reason != null) {
            props.put(NeiqinEvents.REASON, reason);
        }
        events.publish(topic, props);
    }

    @Override
    public Review get(long reviewId) {
        return db.jdbc().one("SELECT * FROM NQ_REVIEW WHERE ID = ?", this::review, reviewId)
                .orElseThrow(() -> new NotFoundException("review", reviewId));
    }

    @Override
    public Optional<Review> latest(String documentType, String documentId) {
        return db.jdbc().one("SELECT * FROM NQ_REVIEW WHERE DOCUMENT_TYPE = ? AND DOCUMENT_ID = ? ORDER BY ID DESC",
                this::review, documentType, documentId);
    }

    @Override
    public List<Review> inbox() {
        Actor actor = security.require(CoreModule.REVIEW);
        return db.jdbc().query("SELECT * FROM NQ_REVIEW WHERE STATE = ? ORDER BY ID FETCH FIRST 500 ROWS ONLY",
                this::review, ReviewState.PENDING.name()).stream()
                .filter(r -> !r.preparer().equals(actor.name()))
                .filter(r -> actor.hasAnyRole(policy(r.documentType()).reviewerRoles()))
                .filter(r -> r.decisions().stream().noneMatch(d -> d.reviewer().equals(actor.name())))
                .collect(Collectors.toList());
    }

    private Review review(ResultSet rs) throws SQLException {
        long id = rs.getLong("ID");
        BigDecimal amount = rs.getBigDecimal("AMOUNT");
        Money money = amount == null ? null : Money.of(amount, rs.getString("CURRENCY").trim());
        List<Decision> decisions = db.jdbc().query(
                "SELECT REVIEWER, AT_UTC, VERDICT, REASON FROM NQ_REVIEW_DECISION WHERE REVIEW_ID = ? ORDER BY ID",
                d -> new Decision(d.getString(1), Jdbc.instant(d, "AT_UTC"), Verdict.valueOf(d.getString(3)),
                        d.getString(4)), id);
        return new Review(id, rs.getString("DOCUMENT_TYPE"), rs.getString("DOCUMENT_ID"), rs.getString("TITLE"),
                rs.getString("PREPARER"), money, rs.getInt("REQUIRED"), ReviewState.valueOf(rs.getString("STATE")),
                Jdbc.instant(rs, "SUBMITTED_AT"), decisions);
    }
}
