package org.neiqin.logistics.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.ReviewPreview;
import org.neiqin.api.console.Table;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.review.ReviewRef;
import org.neiqin.logistics.internal.LogisticsModule;
import org.neiqin.logistics.internal.NoteReader;
import org.neiqin.logistics.internal.NoteView;
import org.neiqin.logistics.internal.ReturnService;
import org.neiqin.logistics.internal.ReturnView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A delivery note (its review, or its release over the credit limit) or a return as its reviewer
 * sees it on the review page: order, customer, terms, amount, its lines, and the way to the note.
 */
@Component(service = ReviewPreview.class,
        property = {ReviewPreview.DOCUMENT_TYPE + "=" + LogisticsModule.REVIEW,
            ReviewPreview.DOCUMENT_TYPE + "=" + LogisticsModule.CREDIT_REVIEW,
            ReviewPreview.DOCUMENT_TYPE + "=" + LogisticsModule.RETURN_REVIEW})
public class NotePreview implements ReviewPreview {
    private final NoteReader notes;
    private final ReturnService returns;

    @Activate
    public NotePreview(@Reference NoteReader notes, @Reference ReturnService returns) {
        this.notes = notes;
        this.returns = returns;
    }

    @Override
    public List<Block> preview(String documentType, String documentId, PageRequest r) {
        ReviewRef ref = ReviewRef.parse(documentType, documentId);
        if (LogisticsModule.RETURN_REVIEW.equals(documentType)) {
            ReturnView b = returns.get(ref.record());
            List<List<Cell>> rows = new ArrayList<>();
            for (ReturnView.Line l : b.lines()) {
                rows.add(List.of(Cell.of(l.noteLine()), Cell.of(l.product()),
                        Cell.of(NoteForm.plain(l.quantity()) + (l.unit() == null ? "" : " " + l.unit())), Cell.of(l.amount())));
            }
            return List.of(open(r, b.noteCode(), b.note()), new Properties(List.of(
                    new Properties.Property(r.msg("column.kind"), Labels.choice(r, b.kind())),
                    new Properties.Property(r.msg("column.order"), b.documentNumber()),
                    new Properties.Property(r.msg("column.customerName"), b.customerName()),
                    new Properties.Property(r.msg("column.amount"), Cell.of(b.amount()).text()),
                    new Properties.Property(r.msg("field.reason"), b.reason()))),
                    new Table(List.of("#", r.msg("column.product"), r.msg("column.quantity"), r.msg("column.amount")),
                            rows, null, null));
        }
        NoteView v = notes.get(ref.record());
        List<Properties.Property> p = new ArrayList<>();
        p.add(new Properties.Property(r.msg("column.order"), v.documentNumber()));
        p.add(new Properties.Property(r.msg("column.customerName"), v.customerName()));
        p.add(new Properties.Property(r.msg("field.paymentTerms"), Labels.choice(r, v.paymentTerms())));
        p.add(new Properties.Property(r.msg("field.promisedOn"), String.valueOf(v.promisedOn())));
        p.add(new Properties.Property(r.msg("column.amount"), Cell.of(v.amount()).text()));
        if (v.creditCheck() != null && !v.creditCheck().isBlank()) {
            p.add(new Properties.Property(r.msg("field.credit"), v.creditCheck()));
        }
        return List.of(open(r, v.code(), v.id()), new Properties(p), NotePage.lines(r, v));
    }

    private static Links open(PageRequest r, String code, long id) {
        return new Links(List.of(new Link(r.msg("review.open", code), NotePage.LABEL + "?id=" + id)));
    }
}
