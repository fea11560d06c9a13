package org.neiqin.api.crm;

import java.time.LocalDate;

/**
 * A licence or certificate a customer file holds (营业执照, 药品经营许可证 …), as other modules see it,
 * e.g. to refuse a sale that needs a licence the customer lacks.
 *
 * @param name what the licence is, as the file names it
 * @param number its number, or null
 * @param expiresOn the last day it is valid, or null if it does not expire
 * @param verified whether the original was seen and checked
 * @since 0.2
 */
public record LicenceOnFile(String name, String number, LocalDate expiresOn, boolean verified) {

    /** @return whether it is valid on {@code day}. */
    public boolean validOn(LocalDate day) {
        return expiresOn == null || !expiresOn.isBefore(day);
    }
}
