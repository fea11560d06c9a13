package org.neiqin.catalog.internal;

import java.math.BigDecimal;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.kit.store.Recorded;
import org.neiqin.kit.store.Stateful;
import org.neiqin.kit.store.Transitions;

@Entity
@Table(name = "CAT_PRODUCT")
public class ProductEntity extends Recorded implements Stateful<ProductState> {
    String code;
    String name;
    String spec;
    String unit;
    BigDecimal weightPerUnit;
    String productGroup;
    String taxCode;
    BigDecimal vatRate;
    BigDecimal costPrice;
    /** The currency the cost price is in: the company's when the product was entered. */
    String currency;
    /** The licences a buyer must hold, comma-separated as entered. */
    String licences;
    String note;
    @Enumerated(EnumType.STRING)
    ProductState state;

    @Override
    public String reference() {
        return code;
    }

    @Override
    public ProductState state() {
        return state;
    }

    @Override
    public void state(ProductState to) {
        state = to;
    }

    @Override
    public Transitions<ProductState> transitions() {
        return ProductState.STEPS;
    }
}
