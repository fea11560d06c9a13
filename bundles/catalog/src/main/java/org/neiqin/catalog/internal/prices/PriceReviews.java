package org.neiqin.catalog.internal.prices;

import org.neiqin.api.review.Review;
import org.neiqin.api.review.ReviewHandler;
import org.neiqin.catalog.internal.CatalogModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A price-list version's review decided anywhere (the inbox, REST, the shell) reaches the version. */
@Component(service = ReviewHandler.class, property = ReviewHandler.DOCUMENT_TYPE + "=" + CatalogModule.REVIEW_PRICES)
public class PriceReviews implements ReviewHandler {
    private final PriceListService prices;

    @Activate
    public PriceReviews(@Reference PriceListService prices) {
        this.prices = prices;
    }

    @Override
    public void approved(Review review) {
        prices.approved(review);
    }

    @Override
    public void rejected(Review review) {
        prices.rejected(review);
    }
}
