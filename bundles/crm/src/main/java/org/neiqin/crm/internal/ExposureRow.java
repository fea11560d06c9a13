package org.neiqin.crm.internal;

import org.neiqin.api.money.Money;

/**
 * One line of the credit exposure view.
 *
 * @param limit the credit limit granted
 * @param outstanding what the installed modules report as owed
 * @param available limit minus outstanding (negative when over the limit)
 */
public record ExposureRow(long id, String code, String fullName, Money limit, Money outstanding, Money available) {
    public boolean overLimit() {
        return available.isNegative();
    }
}
