package org.neiqin.core.internal.console;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neiqin.api.console.Action;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.Table;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.review.Decision;
import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.review.Verdict;
import org.neiqin.core.internal.registry.CoreModule;
import org.neiqin.core.internal.review.ReviewTitles;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The review inbox (复核): documents of any module waiting for the user's review; one review
 * with its trail and the approve/reject form.
 */
@Component
public class ReviewsPage implements ConsolePage {
    @Reference
    private ReviewService reviews;
    @Reference
    private org.neiqin.core.internal.db.CoreDatabase db;
    /** each module's preview of its documents, by the document types it names */
    private final java.util.concurrent.ConcurrentMap<org.neiqin.api.console.ReviewPreview, Map<String, Object>> previews =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    void bindPreview(org.neiqin.api.console.ReviewPreview p, Map<String, Object> props) {
        previews.put(p, props);
    }

    void unbindPreview(org.neiqin.api.console.ReviewPreview p) {
        previews.remove(p);
    }

    /** @return the blocks the document's module shows of it, or what kept it from showing them */
    private List<org.neiqin.api.console.Block> preview(PageRequest r, Review v) {
        for (Map.Entry<org.neiqin.api.console.ReviewPreview, Map<String, Object>> e : previews.entrySet()) {
            if (org.neiqin.core.internal.review.ReviewServiceImpl.types(e.getValue()).contains(v.documentType())) {
                try {
                    return e.getKey().preview(v.documentType(), v.documentId(), r);
                } catch (RuntimeException failure) {
                    String why = org.neiqin.core.internal.db.Failures.translate(failure)
                            .map(n -> r.text(n.text())).orElseThrow(() -> failure);
                    return List.of(new org.neiqin.api.console.Notice(org.neiqin.api.console.Notice.Level.WARNING, why));
                }
            }
        }
        return List.of();
    }

    @Override
    public String label() { return "neiqin-reviews"; }

    @Override
    public int menuOrder() { return 10; }

    @Override
    public String title() { return "Reviews"; }

    @Override
    public String permission() { return CoreModule.REVIEW; }

    @Override
    public Page render(PageRequest r) {
        if (r.param("id") != null) {
            return one(r, reviews.get(r.number("id")));
        }
        List<Review> inbox = reviews.inbox();
        Map<Long, Text> titles = titles(inbox.stream().map(Review::id).collect(java.util.stream.Collectors.toList()));
        List<List<Cell>> rows = new ArrayList<>();
        for (Review v : inbox) {
            rows.add(List.of(Cell.link(v.id(), "neiqin-reviews?id=" + v.id()), Cell.of(type(r, v.documentType())),
                    Cell.of(r.text(titles.getOrDefault(v.id(), Text.plain(v.title())))), Cell.of(r.person(v.preparer())),
                    Cell.of(v.amount()),
                    Cell.of(v.approvals() + " / " + v.required()), Cell.of(r.time(v.submittedAt()))));
        }
        List<List<Cell>> returned = db.jdbc().query("SELECT r.ID, r.DOCUMENT_TYPE, r.TITLE, r.TITLE_KEY, r.TITLE_ARGS,"
                + " r.SUBMITTED_AT " + ReviewWork.RETURNED + " ORDER BY r.ID DESC FETCH FIRST 100 ROWS ONLY",
                rs -> List.of(Cell.link(rs.getLong(1), "neiqin-reviews?id=" + rs.getLong(1)),
                        Cell.of(type(r, rs.getString(2))),
                        Cell.of(r.text(ReviewTitles.decode(rs.getString(3), rs.getString(4), rs.getString(5)))),
                        Cell.of(org.neiqin.core.internal.db.Jdbc.instant(rs, "SUBMITTED_AT"))),
                r.actor().name());
        return Page.of(r.msg("reviews.title"), new Table(List.of(r.msg("reviews.col.id"), r.msg("reviews.col.type"),
                r.msg("reviews.col.title"), r.msg("reviews.col.preparer"), r.msg("reviews.col.amount"),
                r.msg("reviews.col.progress"), r.msg("reviews.col.submitted")), rows, null, null),
                new org.neiqin.api.console.Heading(r.msg("reviews.returned")),
                new Table(List.of(r.msg("reviews.col.id"), r.msg("reviews.col.type"), r.msg("reviews.col.title"),
                        r.msg("reviews.col.submitted")), returned, null, null));
    }

    /** @return the document type in the reader's language: message {@code reviewType.<type>} of its module. */
    private static String type(PageRequest r, String documentType) {
        return r.text(Text.of("reviewType." + documentType, documentType));
    }

    /** @return the stored titles of these reviews as texts, in the reader's language where shown. */
    private Map<Long, Text> titles(List<Long> ids) {
        Map<Long, Text> titles = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            db.jdbc().query("SELECT ID, TITLE, TITLE_KEY, TITLE_ARGS FROM NQ_REVIEW WHERE ID IN ("
                    + ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")) + ")",
                    rs -> titles.put(rs.getLong(1), ReviewTitles.decode(rs.getString(2), rs.getString(3), rs.getString(4))));
        }
        return titles;
    }

    private Page one(PageRequest r, Review v) {
        List<Properties.Property> facts = List.of(
                new Properties.Property(r.msg("reviews.col.type"), type(r, v.documentType())),
                new Properties.Property(r.msg("reviews.col.title"),
                        r.text(titles(List.of(v.id())).getOrDefault(v.id(), Text.plain(v.title())))),
                new Properties.Property(r.msg("reviews.col.preparer"), r.person(v.preparer())),
                new Properties.Property(r.msg("reviews.col.amount"), v.amount() == null ? "" : Cell.of(v.amount()).text()),
                new Properties.Property(r.msg("reviews.col.state"), r.text(Text.of("enum.ReviewState." + v.state().name(),
                        v.state().name()))),
                new Properties.Property(r.msg("reviews.col.progress"), v.approvals() + " / " + v.required()));
        List<List<Cell>> trail = new ArrayList<>();
        for (Decision d : v.decisions()) {
            trail.add(List.of(Cell.of(r.time(d.at())), Cell.of(r.person(d.reviewer())), Cell.of(d.verdict()), Cell.of(d.reason())));
        }
        Form decide = Form.action(r.msg("reviews.decide"), List.of(
                Field.hidden("id", String.valueOf(v.id())),
                // a decision is chosen, never preselected: a slip must not approve
                new Field("verdict", r.msg("reviews.verdict"), Field.Type.SELECT, "", List.of(
                        new Field.Option("APPROVE", r.msg("reviews.approve")),
                        new Field.Option("REJECT", r.msg("reviews.reject"))), true),
                new Field("reason", r.msg("reviews.reason"), Field.Type.TEXTAREA, "", List.of(), false)));
        List<org.neiqin.api.console.Block> blocks = new ArrayList<>();
        blocks.add(new Properties(facts));
        // the document itself, as its module shows it, before the decision: nobody approves blind
        blocks.addAll(preview(r, v));
        blocks.add(new Heading(r.msg("reviews.trail")));
        blocks.add(new Table(List.of(r.msg("reviews.col.at"), r.msg("reviews.col.reviewer"), r.msg("reviews.verdict"),
                r.msg("reviews.reason")), trail, null, null));
        blocks.add(decide);
        return Page.of(r.msg("reviews.one", v.id()), blocks.toArray(new org.neiqin.api.console.Block[0]));
    }

    @Override
    public Action submit(PageRequest r) {
        long id = r.number("id");
        String v = r.param("verdict");
        Verdict verdict;
        try {
            verdict = Verdict.valueOf(v == null ? "" : v);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("verdict", "unknown", Text.of("core.review.verdict.choose", "choose approve or reject"));
        }
        Review after = reviews.decide(id, verdict, r.param("reason"));
        return new Action("neiqin-reviews?id=" + id, r.msg("reviews.decided", r.text(Text.of("enum.ReviewState."
                + after.state().name(), after.state().name()))));
    }

}
