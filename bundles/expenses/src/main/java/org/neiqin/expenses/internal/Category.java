package org.neiqin.expenses.internal;

/**
 * What an expense is for. The travel categories with an allowance are judged by the travel standard of the claimant's
 * grade and the city's tier: lodging per night, meals and local transport per day. Labels are
 * {@code enum.Category.<NAME>} in the messages.
 */
public enum Category {
    LODGING,
    MEALS,
    TRANSPORT,
    FARE,
    COURIER,
    PRINTING,
    ENTERTAINMENT,
    PROMOTION,
    OTHER;

    /** @return whether the travel standard caps it (per night or day, by grade and city tier) */
    public boolean hasStandard() {
        return this == LODGING || this == MEALS || this == TRANSPORT;
    }

    /** @return whether it is travel (差旅费): it needs a city */
    public boolean isTravel() {
        return hasStandard() || this == FARE;
    }
}
