package org.neiqin.catalog.internal.prices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.neiqin.api.money.Money;

/** What the price lists answer: a list with its versions, a version with its prices. */
public final class PriceViews {
    private PriceViews() {
    }

    /**
     * Where a version stands today: a draft, in review, approved and waiting for its date, in force, or replaced by a
     * later one. Labels are {@code enum.PriceStatus.<NAME>} in the messages.
     */
    public enum PriceStatus {
        DRAFT, IN_REVIEW, SCHEDULED, IN_FORCE, SUPERSEDED
    }

    /** A price list: whom it is for, its currency, and its versions (newest first). */
    public record PriceListView(long id, int version, PriceListData data, String currency, List<VersionSummary> versions,
            Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
        /** @return the version in force today, if any */
        public java.util.Optional<VersionSummary> inForce() {
            return versions.stream().filter(v -> v.status() == PriceStatus.IN_FORCE).findFirst();
        }
    }

    /** A version as its list shows it. */
    public record VersionSummary(long id, int number, LocalDate effectiveFrom, PriceVersionState state,
            PriceStatus status, int entries) {
    }

    /** A version with its prices, as it was written (and, once approved, as it stays). */
    public record VersionView(long id, int version, long listId, String listCode, String listName, String currency,
            int number, VersionHeader header, PriceVersionState state, PriceStatus status, List<EntryView> entries,
            Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
    }

    /** One product's price, with the product's code, name and unit as they were when the price was written. */
    public record EntryView(int lineNo, long productId, String productCode, String productName, String unit,
            Money price, LocalDate validFrom, LocalDate validTo) {
        /** @return the entry as a user enters it again (a new version starts from the last one's prices) */
        public PriceEntryData data() {
            return new PriceEntryData(productId, price, validFrom, validTo);
        }
    }

    /** A unit-price request as the office and the manager read it. */
    public record PriceRequestView(long id, int version, PriceRequestState state, long customerId, String customerName,
            long productId, String productCode, String productName, String unit, java.math.BigDecimal quantity,
            Money price, String marketPrices, LocalDate validFrom, LocalDate validTo, String note, Long listId,
            Integer listVersion, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
    }
}
