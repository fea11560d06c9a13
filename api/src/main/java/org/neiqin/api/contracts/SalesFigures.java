package org.neiqin.api.contracts;

import java.time.LocalDate;
import java.util.Map;

import org.neiqin.api.money.Money;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What each salesperson sold: the value of the orders and contracts in force or closed, dated in a period, as the
 * contract statistics count it. Expense reports set spending against it (费用率).
 *
 * @since 0.7
 */
@ProviderType
public interface SalesFigures {
    /**
     * @return salesperson's login → value sold from {@code from} to {@code to} (both included), in the company's
     *         currency; a salesperson who sold nothing is not in it
     * @throws org.neiqin.api.error.AccessDeniedException without {@code contracts.read}
     */
    Map<String, Money> bySalesperson(LocalDate from, LocalDate to);

    /**
     * @return what a customer bought from {@code from} to {@code to} (both included): the value of its orders and
     *         contracts in force or closed dated then (a promotion's allowance is a share of it); not guarded by the
     *         caller's permissions, as whoever verifies the promotion computes its allowance
     */
    Money byCustomer(long customerId, LocalDate from, LocalDate to);
}
