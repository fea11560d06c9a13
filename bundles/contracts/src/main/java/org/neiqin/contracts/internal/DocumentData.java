package org.neiqin.contracts.internal;

import java.time.LocalDate;

import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.kit.form.Spec.Kind;
import org.neiqin.kit.form.Spec;

/**
 * The header of a quotation, order or contract as a user enters it. Contact, phone, address,
 * salesperson, region and city are taken from the customer file when left empty; the document
 * then keeps what it said on the day it was issued.
 */
public record DocumentData(
        @Spec(required = true, kind = Kind.ID, lookup = CustomerDirectory.LOOKUP) Long customerId,
        @Spec(required = true, kind = Kind.DATE) LocalDate documentDate,
        @Spec(kind = Kind.DATE) LocalDate deliveryDate,
        @Spec(kind = Kind.DATE) LocalDate validUntil,
        @Spec(max = 60) String contact,
        @Spec(max = 40, kind = Kind.PHONE) String phone,
        @Spec(max = 300) String deliveryAddress,
        @Spec(max = 60) String salesperson,
        @Spec(max = 6) String region,
        @Spec(max = 6) String city,
        @Spec(max = 100) String placeOfSigning,
        @Spec(kind = Kind.CHOICE) PaymentTerms paymentTerms,
        @Spec(kind = Kind.DAYS) Integer creditDays,
        @Spec(max = 1000, kind = Kind.LONG_TEXT) String specialRequirements,
        @Spec(max = 2000, kind = Kind.LONG_TEXT) String terms) {

    /** @return a copy with the customer-file defaults filled in where the user left a field empty. */
    DocumentData withDefaults(String defContact, String defPhone, String defAddress, String defSalesperson,
            String defRegion, String defCity, org.neiqin.api.crm.CreditTerms credit) {
        PaymentTerms t = paymentTerms != null ? paymentTerms : credit.paymentTerms();
        Integer days = creditDays != null || t != PaymentTerms.CREDIT ? creditDays
                : credit.paymentTerms() == PaymentTerms.CREDIT ? Integer.valueOf(credit.creditDays()) : null;
        return new DocumentData(customerId, documentDate, deliveryDate, validUntil, or(contact, defContact),
                or(phone, defPhone), or(deliveryAddress, defAddress), or(salesperson, defSalesperson),
                or(region, defRegion), or(city, defCity), placeOfSigning, t, days, specialRequirements, terms);
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
