package org.neiqin.api.module;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * The default review rule of one document type; {@code etc/org.neiqin.review.cfg} may override
 * {@code <type>.reviews}, {@code <type>.thresholds} ({@code amount:reviews, …}) and {@code <type>.roles}.
 *
 * @param documentType e.g. {@code contracts.order}
 * @param reviews reviews required below the first threshold (0 = takes effect at once)
 * @param thresholds from this amount upwards (inclusive), this many reviews
 * @param reviewerRoles roles that may review
 * @since 0.1
 */
public record ReviewDef(String documentType, int reviews, Map<BigDecimal, Integer> thresholds, Set<String> reviewerRoles) {
    public ReviewDef {
        thresholds = Map.copyOf(thresholds);
        reviewerRoles = Set.copyOf(reviewerRoles);
    }
}
