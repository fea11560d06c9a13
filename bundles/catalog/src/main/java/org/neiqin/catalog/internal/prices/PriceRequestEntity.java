package org.neiqin.catalog.internal.prices;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;
import org.neiqin.kit.store.Stateful;
import org.neiqin.kit.store.Transitions;

/** A unit-price request, with the customer and product as they read when it was made. */
@Entity
@Table(name = "CAT_PRICE_REQUEST")
public class PriceRequestEntity extends Recorded implements Stateful<PriceRequestState> {
    Long customerId;
    String customerName;
    Long productId;
    String productCode;
    String productName;
    String unit;
    BigDecimal quantity;
    BigDecimal price;
    String currency;
    String marketPrices;
    LocalDate validFrom;
    LocalDate validTo;
    String note;
    @Enumerated(EnumType.STRING)
    PriceRequestState state;
    /** The customer's list the approved price went into, and its version. */
    Long listId;
    Integer listVersion;

    @Override
    public String reference() {
        return "#" + id;
    }

    @Override
    public PriceRequestState state() {
        return state;
    }

    @Override
    public void state(PriceRequestState to) {
        state = to;
    }

    @Override
    public Transitions<PriceRequestState> transitions() {
        return PriceRequestState.STEPS;
    }
}
