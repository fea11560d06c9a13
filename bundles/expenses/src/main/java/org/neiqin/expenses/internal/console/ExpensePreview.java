package org.neiqin.expenses.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.ReviewPreview;
import org.neiqin.expenses.internal.ExpensesModule;
import org.neiqin.expenses.internal.advances.AdvanceService;
import org.neiqin.expenses.internal.advances.AdvanceView;
import org.neiqin.expenses.internal.applications.ApplicationService;
import org.neiqin.expenses.internal.applications.ApplicationView;
import org.neiqin.expenses.internal.claims.ClaimReader;
import org.neiqin.expenses.internal.claims.ClaimView;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.review.ReviewRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the approver sees when deciding: a claim's lines with each one's standard and what it goes over, and why it
 * came to the next level; an application's activity, estimate and budget; an advance's purpose and amount.
 */
@Component(service = ReviewPreview.class, property = {
    ReviewPreview.DOCUMENT_TYPE + "=" + ExpensesModule.REVIEW_CLAIM,
    ReviewPreview.DOCUMENT_TYPE + "=" + ExpensesModule.REVIEW_CLAIM_HIGHER,
    ReviewPreview.DOCUMENT_TYPE + "=" + ExpensesModule.REVIEW_APPLICATION,
    ReviewPreview.DOCUMENT_TYPE + "=" + ExpensesModule.REVIEW_APPLICATION_HIGHER,
    ReviewPreview.DOCUMENT_TYPE + "=" + ExpensesModule.REVIEW_ADVANCE})
public class ExpensePreview implements ReviewPreview {
    private final ClaimReader claims;
    private final ApplicationService applications;
    private final AdvanceService advances;

    @Activate
    public ExpensePreview(@Reference ClaimReader claims, @Reference ApplicationService applications,
            @Reference AdvanceService advances) {
        this.claims = claims;
        this.applications = applications;
        this.advances = advances;
    }

    @Override
    public List<Block> preview(String documentType, String documentId, PageRequest r) {
        long id = ReviewRef.parse(documentType, documentId).record();
        List<Block> out = new ArrayList<>();
        if (documentType.startsWith(ExpensesModule.REVIEW_CLAIM)) {
            ClaimView v = claims.get(id);
            out.add(new Links(List.of(new Link(v.code() + " " + v.data().purpose(), ClaimPage.LABEL + "?id=" + v.id()))));
            if (!v.higher().isEmpty()) {
                out.add(new Notice(Notice.Level.WARNING, r.msg("claim.higherNeeded", ClaimPage.reasons(r,
                        String.join(",", v.higher())))));
            }
            out.add(new Properties(List.of(new Properties.Property(r.msg("column.claimant"), r.person(v.claimant())),
                    new Properties.Property(r.msg("column.grade"), v.grade() == null ? "–" : v.grade()),
                    new Properties.Property(r.msg("column.checkedBy"), v.checkedBy() == null ? "–"
                            : r.person(v.checkedBy())),
                    new Properties.Property(r.msg("column.total"), Cell.of(v.total()).text()))));
            out.add(ClaimPage.lineTable(r, v));
        } else if (documentType.startsWith(ExpensesModule.REVIEW_APPLICATION)) {
            ApplicationView v = applications.get(id);
            out.add(new Links(List.of(new Link(v.code() + " " + v.data().purpose(), ApplicationPage.LABEL + "?id="
                    + v.id()))));
            if ("budget".equals(v.higher())) {
                out.add(new Notice(Notice.Level.WARNING, r.msg("application.higher")));
            }
            out.add(new Properties(List.of(new Properties.Property(r.msg("column.applicant"), r.person(v.applicant())),
                    new Properties.Property(Labels.field(r, "kind"), Labels.choice(r, v.data().kind())),
                    new Properties.Property(Labels.field(r, "estimate"), Cell.of(v.data().estimate()).text()),
                    new Properties.Property(r.msg("column.period"), v.data().periodFrom() + " – " + v.data().periodTo()),
                    new Properties.Property(r.msg("column.budget"), v.budgetName() == null ? r.msg("budget.none")
                            : v.budgetName()))));
        } else {
            AdvanceView v = advances.get(id);
            out.add(new Links(List.of(new Link(v.code() + " " + v.data().purpose(), AdvancePage.LABEL + "?id="
                    + v.id()))));
            out.add(new Properties(List.of(new Properties.Property(r.msg("column.borrower"), r.person(v.borrower())),
                    new Properties.Property(Labels.field(r, "kind"), Labels.choice(r, v.data().kind())),
                    new Properties.Property(Labels.field(r, "amount"), Cell.of(v.data().amount()).text()))));
        }
        return out;
    }
}
