package org.neiqin.catalog.internal.prices;

import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewHandler;
import org.neiqin.catalog.internal.CatalogModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A price-list version's or unit-price request's review decided anywhere (the inbox, REST, the shell) reaches it. */
@Component(service = ReviewHandler.class, property = {ReviewHandler.DOCUMENT_TYPE + "=" + CatalogModule.REVIEW_PRICES,
    ReviewHandler.DOCUMENT_TYPE + "=" + CatalogModule.REVIEW_PRICE_REQUEST})
public class PriceReviews implements ReviewHandler {
    private final PriceListService prices;
    private final PriceRequestService requests;

    @Activate
    public PriceReviews(@Reference PriceListService prices, @Reference PriceRequestService requests) {
        this.prices = prices;
        this.requests = requests;
    }

    @Override
    public void approved(Review review) {
        if (CatalogModule.REVIEW_PRICE_REQUEST.equals(review.documentType())) {
            requests.approved(review);
        } else {
            prices.approved(review);
        }
    }

    @Override
    public void rejected(Review review) {
        if (CatalogModule.REVIEW_PRICE_REQUEST.equals(review.documentType())) {
            requests.rejected(review);
        } else {
            prices.rejected(review);
        }
    }
}
