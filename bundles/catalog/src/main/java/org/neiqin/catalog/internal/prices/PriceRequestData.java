package org.neiqin.catalog.internal.prices;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.neiqin.api.catalog.Catalog;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.money.Money;
import org.neiqin.kit.form.Spec;
import org.neiqin.kit.form.Spec.Kind;

/**
 * A unit-price request (单价申请) as the office enters it: a product a customer needs a price for (no list has one, or
 * the customer asks for another), the quantity, the price asked, tax included, and the market prices seen, which the
 * manager decides with; approved, the price is the customer's own from {@code validFrom} to {@code validTo}.
 */
public record PriceRequestData(
        @Spec(kind = Kind.ID, lookup = CustomerDirectory.LOOKUP, required = true) Long customerId,
        @Spec(kind = Kind.ID, lookup = Catalog.LOOKUP, required = true) Long productId,
        @Spec(kind = Kind.QUANTITY, positive = true) BigDecimal quantity,
        @Spec(kind = Kind.AMOUNT, required = true, positive = true) Money price,
        @Spec(max = 500, required = true) String marketPrices,
        @Spec(kind = Kind.DATE) LocalDate validFrom,
        @Spec(kind = Kind.DATE) LocalDate validTo,
        @Spec(kind = Kind.LONG_TEXT, max = 500) String note) {
}
