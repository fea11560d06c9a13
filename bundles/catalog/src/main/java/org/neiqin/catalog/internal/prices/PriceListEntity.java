package org.neiqin.catalog.internal.prices;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.api.crm.Grade;
import org.neiqin.kit.store.Recorded;

/** A price list: whom it is for (a customer, a grade and region, or everyone) and the currency its prices are in. */
@Entity
@Table(name = "CAT_PRICE_LIST")
public class PriceListEntity extends Recorded {
    String code;
    String name;
    Long customerId;
    @Enumerated(EnumType.STRING)
    Grade grade;
    String region;
    String season;
    String currency;
    String note;

    @Override
    public String reference() {
        return code;
    }
}
