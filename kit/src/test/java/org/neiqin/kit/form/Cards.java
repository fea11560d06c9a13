package org.neiqin.kit.form;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;

import org.neiqin.api.crm.Lifecycle;
import org.neiqin.api.crm.Nature;
import org.neiqin.api.crm.PaymentTerms;

/** Test data: customer records built once, varied one field at a time. */
final class Cards {
    private Cards() {
    }

    /** The smallest record that passes every rule: the required fields only. */
    static Card valid() {
        return new Card(
                "Shenyang Northern Trading Co., Ltd.", // fullName
                null, // shortName
                null, // address
                null, // phone
                null, // fax
                null, // email
                null, // website
                null, // ownerName
                null, // operatingManager
                null, // legalRepresentative
                null, // founded
                null, // tradingSince
                null, // organisationType
                null, // industry
                null, // registeredCapital
                null, // taxNumber
                null, // bankName
                null, // bankAccount
                null, // serviceArea
                null, // ownSalesForce
                null, // developmentPotential
                null, // businessPhilosophy
                null, // companySize
                null, // mainProducts
                null, // brandsAndSpecs
                null, // currentSuppliers
                null, // salesHistory
                null, // staffQuality
                null, // competitorRelations
                null, // cooperationAttitude
                null, // currentActivities
                null, // plans
                null, // reputation
                null, // creditStanding
                null, // creditProblems
                null, // tradingTerms
                Lifecycle.NEW, // lifecycle
                Nature.GENERAL_COMPANY, // nature
                null, // annualVolume
                null, // region
                null, // route
                null, // creditRating
                null, // creditLimit
                PaymentTerms.PREPAYMENT, // paymentTerms
                null, // creditDays
                null, // salesperson
                Source.VISIT); // infoSource
    }

    /** A record with every field set to a valid, field-specific value. */
    static Card complete() {
        Card d = valid();
        d = with(d, "shortName", "Northern");
        d = with(d, "address", "12 Zhongshan Road, Shenyang");
        d = with(d, "phone", "+86 024-2345 6789");
        d = with(d, "fax", "024 2345 6790");
        d = with(d, "email", "sales@northern.example.cn");
        d = with(d, "website", "https://northern.example.cn/about");
        d = with(d, "founded", LocalDate.of(2019, 3, 1));
        d = with(d, "tradingSince", LocalDate.of(2020, 1, 15));
        d = with(d, "registeredCapital", new BigDecimal("5000000.00"));
        d = with(d, "annualVolume", new BigDecimal("1250000.50"));
        d = with(d, "creditLimit", new BigDecimal("200000"));
        d = with(d, "creditDays", 30);
        d = with(d, "lifecycle", Lifecycle.EXISTING);
        d = with(d, "nature", Nature.PARTNER);
        d = with(d, "paymentTerms", PaymentTerms.CREDIT);
        d = with(d, "infoSource", Source.CUSTOMER_FORM);
        // every other (text) field: its own name, so a mixed-up field shows in a failure
        for (RecordComponent c : Card.class.getRecordComponents()) {
            if (c.getType() == String.class && get(d, c.getName()) == null) {
                d = with(d, c.getName(), c.getName() + " text");
            }
        }
        return d;
    }

    /** @return a copy of {@code r} with the component {@code field} set to {@code value}. */
    static <R extends Record> R with(R r, String field, Object value) {
        try {
            RecordComponent[] parts = r.getClass().getRecordComponents();
            Class<?>[] types = new Class<?>[parts.length];
            Object[] args = new Object[parts.length];
            boolean found = false;
            for (int i = 0; i < parts.length; i++) {
                types[i] = parts[i].getType();
                if (parts[i].getName().equals(field)) {
                    args[i] = value;
                    found = true;
                } else {
                    args[i] = parts[i].getAccessor().invoke(r);
                }
            }
            if (!found) {
                throw new IllegalArgumentException("no field " + field + " in " + r.getClass().getSimpleName());
            }
            @SuppressWarnings("unchecked")
            R copy = (R) r.getClass().getDeclaredConstructor(types).newInstance(args);
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static Object get(Record r, String field) {
        try {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (c.getName().equals(field)) {
                    return c.getAccessor().invoke(r);
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalArgumentException("no field " + field);
    }
}
