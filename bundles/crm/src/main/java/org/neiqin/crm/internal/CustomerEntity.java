package org.neiqin.crm.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Table;

import org.neiqin.api.crm.Grade;
import org.neiqin.api.crm.Lifecycle;
import org.neiqin.api.crm.Nature;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.kit.store.Recorded;

/** A customer card; the fields named as in {@link CustomerData} are copied to and from it by name. */
@Entity
@Table(name = "CRM_CUSTOMER")
public class CustomerEntity extends Recorded {
    String code;
    boolean archived;

    String fullName;
    String shortName;
    String address;
    String phone;
    String fax;
    String email;
    String website;
    String ownerName;
    String operatingManager;
    String legalRepresentative;
    LocalDate founded;
    LocalDate tradingSince;
    String organisationType;
    String industry;
    BigDecimal registeredCapital;
    String taxNumber;
    String bankName;
    String bankAccount;
    String serviceArea;
    String ownSalesForce;
    String developmentPotential;
    String businessPhilosophy;
    String companySize;
    String mainProducts;
    String brandsAndSpecs;
    String currentSuppliers;
    String salesHistory;
    String staffQuality;
    String competitorRelations;
    String cooperationAttitude;
    String currentActivities;
    String plans;
    String reputation;
    String creditStanding;
    String creditProblems;
    String tradingTerms;
    @Enumerated(EnumType.STRING)
    Lifecycle lifecycle;
    @Enumerated(EnumType.STRING)
    Nature nature;
    BigDecimal annualVolume;
    @Enumerated(EnumType.STRING)
    Grade grade;
    String region;
    String route;
    String creditRating;
    BigDecimal creditLimit;
    String currency;
    @Enumerated(EnumType.STRING)
    PaymentTerms paymentTerms;
    Integer creditDays;
    String salesperson;
    @Enumerated(EnumType.STRING)
    InfoSource infoSource;

    @Override
    public String reference() {
        return code;
    }
}
