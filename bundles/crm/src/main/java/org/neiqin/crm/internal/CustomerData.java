package org.neiqin.crm.internal;

import org.neiqin.api.money.Money;
import java.time.LocalDate;

import org.neiqin.api.crm.Lifecycle;
import org.neiqin.api.crm.Nature;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.kit.form.Spec.Kind;
import org.neiqin.kit.form.Spec;

/**
 * What a user enters on a customer card, in the four groups of the customer file (基本资料,
 * 客户特征, 业务状况, 交易现状) plus segmentation and credit. The order is the order of forms and of
 * CSV columns.
 */
public record CustomerData(
        @Spec(group = "basic", max = 200, required = true) String fullName,
        @Spec(group = "basic", max = 50) String shortName,
        @Spec(group = "basic", max = 300) String address,
        @Spec(group = "basic", max = 40, kind = Kind.PHONE) String phone,
        @Spec(group = "basic", max = 40, kind = Kind.PHONE) String fax,
        @Spec(group = "basic", max = 120, kind = Kind.EMAIL) String email,
        @Spec(group = "basic", max = 200, kind = Kind.URL) String website,
        @Spec(group = "basic", max = 60) String ownerName,
        @Spec(group = "basic", max = 60) String operatingManager,
        @Spec(group = "basic", max = 60) String legalRepresentative,
        @Spec(group = "basic", kind = Kind.DATE) LocalDate founded,
        @Spec(group = "basic", kind = Kind.DATE) LocalDate tradingSince,
        @Spec(group = "basic", max = 60) String organisationType,
        @Spec(group = "basic", max = 60) String industry,
        @Spec(group = "basic", kind = Kind.AMOUNT) Money registeredCapital,
        @Spec(group = "basic", max = 40) String taxNumber,
        @Spec(group = "basic", max = 100) String bankName,
        @Spec(group = "basic", max = 40) String bankAccount,
        @Spec(group = "characteristics", max = 200) String serviceArea,
        @Spec(group = "characteristics", max = 200) String ownSalesForce,
        @Spec(group = "characteristics", max = 500, kind = Kind.LONG_TEXT) String developmentPotential,
        @Spec(group = "characteristics", max = 1000, kind = Kind.LONG_TEXT) String businessPhilosophy,
        @Spec(group = "characteristics", max = 60) String companySize,
        @Spec(group = "characteristics", max = 500, kind = Kind.LONG_TEXT) String mainProducts,
        @Spec(group = "characteristics", max = 500, kind = Kind.LONG_TEXT) String brandsAndSpecs,
        @Spec(group = "characteristics", max = 500, kind = Kind.LONG_TEXT) String currentSuppliers,
        @Spec(group = "standing", max = 1000, kind = Kind.LONG_TEXT) String salesHistory,
        @Spec(group = "standing", max = 500, kind = Kind.LONG_TEXT) String staffQuality,
        @Spec(group = "standing", max = 500, kind = Kind.LONG_TEXT) String competitorRelations,
        @Spec(group = "standing", max = 500, kind = Kind.LONG_TEXT) String cooperationAttitude,
        @Spec(group = "trading", max = 1000, kind = Kind.LONG_TEXT) String currentActivities,
        @Spec(group = "trading", max = 1000, kind = Kind.LONG_TEXT) String plans,
        @Spec(group = "trading", max = 500, kind = Kind.LONG_TEXT) String reputation,
        @Spec(group = "trading", max = 500, kind = Kind.LONG_TEXT) String creditStanding,
        @Spec(group = "trading", max = 1000, kind = Kind.LONG_TEXT) String creditProblems,
        @Spec(group = "trading", max = 500, kind = Kind.LONG_TEXT) String tradingTerms,
        @Spec(group = "segment", required = true, kind = Kind.CHOICE) Lifecycle lifecycle,
        @Spec(group = "segment", required = true, kind = Kind.CHOICE) Nature nature,
        @Spec(group = "segment", kind = Kind.AMOUNT) Money annualVolume,
        @Spec(group = "segment", max = 60) String region,
        @Spec(group = "segment", max = 60) String route,
        @Spec(group = "segment", max = 20) String creditRating,
        @Spec(group = "segment", kind = Kind.AMOUNT) Money creditLimit,
        @Spec(group = "segment", required = true, kind = Kind.CHOICE) PaymentTerms paymentTerms,
        @Spec(group = "segment", kind = Kind.DAYS) Integer creditDays,
        @Spec(group = "segment", max = 60) String salesperson,
        @Spec(group = "segment", required = true, kind = Kind.CHOICE) InfoSource infoSource) {

    /** The card tabs, in order. */
    public static final String[] GROUPS = {"basic", "characteristics", "standing", "trading", "segment"};
}
