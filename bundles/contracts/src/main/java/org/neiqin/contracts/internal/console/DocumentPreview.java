package org.neiqin.contracts.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Block;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.ReviewPreview;
import org.neiqin.api.contracts.ContractLine;
import org.neiqin.contracts.internal.ContractsModule;
import org.neiqin.contracts.internal.DocumentReader;
import org.neiqin.contracts.internal.DocumentView;
import org.neiqin.contracts.internal.RevisionView;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.review.ReviewRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A quotation, order or contract as its reviewer sees it on the review page: its main facts, the
 * lines under review (an amendment's new revision) with their total, and the way to its page.
 */
@Component(service = ReviewPreview.class,
        property = {ReviewPreview.DOCUMENT_TYPE + "=" + ContractsModule.REVIEW_QUOTATION,
            ReviewPreview.DOCUMENT_TYPE + "=" + ContractsModule.REVIEW_ORDER,
            ReviewPreview.DOCUMENT_TYPE + "=" + ContractsModule.REVIEW_CONTRACT,
            ReviewPreview.DOCUMENT_TYPE + "=" + ContractsModule.REVIEW_AMENDMENT,
            ReviewPreview.DOCUMENT_TYPE + "=" + ContractsModule.REVIEW_CREDIT})
public class DocumentPreview implements ReviewPreview {
    private final DocumentReader reader;

    @Activate
    public DocumentPreview(@Reference DocumentReader reader) {
        this.reader = reader;
    }

    @Override
    public List<Block> preview(String documentType, String documentId, PageRequest r) {
        ReviewRef ref = ReviewRef.parse(documentType, documentId);
        DocumentView v = reader.get(ref.record());
        List<ContractLine> lines = v.lines();
        org.neiqin.api.money.Money total = v.total();
        String reason = null;
        if (ref.revision() != null) {
            // an amendment: the revision under review, not the one in force
            for (RevisionView rv : reader.revisions(v.id())) {
                if (rv.revision() == ref.revision()) {
                    lines = rv.lines();
                    total = rv.total();
                    reason = rv.reason();
                }
            }
        }
        List<Properties.Property> p = new ArrayList<>();
        p.add(new Properties.Property(r.msg("field.number"), DocumentPage.number(r, v)));
        p.add(new Properties.Property(r.msg("field.customer"), v.customerName()));
        p.add(new Properties.Property(r.msg("field.state"), Labels.choice(r, v.state())));
        p.add(new Properties.Property(Labels.field(r, "paymentTerms"), Labels.choice(r, v.data().paymentTerms())));
        if (v.data().deliveryDate() != null) {
            p.add(new Properties.Property(Labels.field(r, "deliveryDate"), v.data().deliveryDate().toString()));
        }
        p.add(new Properties.Property(r.msg("field.total"), org.neiqin.api.console.Cell.of(total).text()));
        if (reason != null) {
            p.add(new Properties.Property(r.msg("field.reason"), reason));
        }
        if (v.creditCheck() != null && !v.creditCheck().isBlank()) {
            p.add(new Properties.Property(r.msg("field.creditCheck"), v.creditCheck()));
        }
        return List.of(new Links(List.of(new Link(r.msg("review.open", Labels.choice(r, v.kind()) + " " + DocumentPage.number(r, v)),
                        DocumentPage.LABEL + "?id=" + v.id()))),
                new Properties(p), new Heading(r.msg("document.lines")), DocumentTabs.lines(r, lines, null));
    }
}
