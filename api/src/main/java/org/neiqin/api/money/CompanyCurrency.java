package org.neiqin.api.money;

import java.math.BigDecimal;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The currency the company keeps its books in, set once in {@code etc/org.neiqin.money.cfg} ({@code currency},
 * CNY when unset). A new record's amounts are in it (a customer's credit limit, an order's prices, a mailing's cost);
 * a record keeps the currency it was made in. Modules ask this service, never a currency of their own.
 *
 * @since 0.3
 */
@ProviderType
public interface CompanyCurrency {
    /** @return its ISO 4217 code, e.g. {@code CNY} */
    String code();

    /** @return {@code amount} in the company's currency */
    default Money of(BigDecimal amount) {
        return Money.of(amount, code());
    }

    /** @return nothing, in the company's currency */
    default Money zero() {
        return Money.zero(code());
    }
}
