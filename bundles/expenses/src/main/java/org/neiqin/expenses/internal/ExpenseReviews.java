package org.neiqin.expenses.internal;

import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewHandler;
import org.neiqin.expenses.internal.advances.AdvanceService;
import org.neiqin.expenses.internal.applications.ApplicationService;
import org.neiqin.expenses.internal.claims.ClaimFlow;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A claim's, an application's or an advance's review decided anywhere (the inbox, REST, the shell) reaches it. */
@Component(service = ReviewHandler.class, property = {
    ReviewHandler.DOCUMENT_TYPE + "=" + ExpensesModule.REVIEW_CLAIM,
    ReviewHandler.DOCUMENT_TYPE + "=" + ExpensesModule.REVIEW_CLAIM_HIGHER,
    ReviewHandler.DOCUMENT_TYPE + "=" + ExpensesModule.REVIEW_APPLICATION,
    ReviewHandler.DOCUMENT_TYPE + "=" + ExpensesModule.REVIEW_APPLICATION_HIGHER,
    ReviewHandler.DOCUMENT_TYPE + "=" + ExpensesModule.REVIEW_ADVANCE})
public class ExpenseReviews implements ReviewHandler {
    private final ClaimFlow claims;
    private final ApplicationService applications;
    private final AdvanceService advances;

    @Activate
    public ExpenseReviews(@Reference ClaimFlow claims, @Reference ApplicationService applications,
            @Reference AdvanceService advances) {
        this.claims = claims;
        this.applications = applications;
        this.advances = advances;
    }

    @Override
    public void approved(Review review) {
        switch (review.documentType()) {
            case ExpensesModule.REVIEW_CLAIM, ExpensesModule.REVIEW_CLAIM_HIGHER -> claims.approved(review);
            case ExpensesModule.REVIEW_ADVANCE -> advances.approved(review);
            default -> applications.approved(review);
        }
    }

    @Override
    public void rejected(Review review) {
        switch (review.documentType()) {
            case ExpensesModule.REVIEW_CLAIM, ExpensesModule.REVIEW_CLAIM_HIGHER -> claims.rejected(review);
            case ExpensesModule.REVIEW_ADVANCE -> advances.rejected(review);
            default -> applications.rejected(review);
        }
    }
}
