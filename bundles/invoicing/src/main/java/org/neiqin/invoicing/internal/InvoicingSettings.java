package org.neiqin.invoicing.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The company's invoicing settings ({@code etc/org.neiqin.invoicing.cfg}): the VAT rates with their validity, whether
 * prices include the tax, whether an order line is billed as it is delivered or as it is ordered, and the collection
 * ladder. A table of rates or a ladder that cannot be read stops the module with the reason in the log rather than
 * dropping a rate or a step.
 */
@Component(service = InvoicingSettings.class, configurationPid = InvoicingSettings.PID)
@Designate(ocd = InvoicingSettings.Config.class)
public class InvoicingSettings {
    static final String PID = "org.neiqin.invoicing";

    @ObjectClassDefinition(name = "Neiqin invoicing")
    public @interface Config {
        @AttributeDefinition(description = "VAT rates, each 'rate | valid from | valid to' (to may be empty)")
        String[] taxRates() default {};

        @AttributeDefinition(description = "Whether unit prices include the tax (价税合计 = quantity × price)")
        boolean pricesIncludeTax() default true;

        @AttributeDefinition(description = "Bill what was delivered of a line (true, with logistics installed) or what"
                + " was ordered (false: prepayment and contract billing)")
        boolean billDelivered() default true;

        @AttributeDefinition(description = "The collection ladder: the back office reminds the salesperson once an"
                + " invoice is past due by more than this (an ISO period: P0D, P7D, P1M)")
        String remindAfter() default "P0D";

        @AttributeDefinition(description = "The salesperson files an overdue report once an invoice is past due by more"
                + " than this")
        String reportAfter() default "P7D";

        @AttributeDefinition(description = "The overdue letter and a statement of account go to the customer once an"
                + " invoice is past due by more than this (P1M: one calendar month)")
        String letterAfter() default "P1M";

        @AttributeDefinition(description = "The ladder's step from which the customer is on credit stop (new orders"
                + " and deliveries wait for a manager): REMIND, REPORT, LETTER or NONE")
        String creditStopAt() default "LETTER";

        @AttributeDefinition(description = "The ageing's buckets: upper bounds of days past due, e.g. 30, 60, 90 (not"
                + " due, 1-30, 31-60, 61-90, over 90)")
        String ageingBuckets() default "30, 60, 90";

        @AttributeDefinition(description = "The most one invoice may total (价税合计) on the tax platform; a request over"
                + " it is split into several invoices. Empty: no limit")
        String maxInvoiceTotal() default "";

        @AttributeDefinition(description = "The most lines one invoice may have (8 on a paper invoice without a list);"
                + " 0: no limit")
        int maxInvoiceLines() default 0;
    }

    private volatile TaxRates rates;
    private volatile boolean pricesIncludeTax;
    private volatile boolean billDelivered;
    private volatile Ladder ladder;
    private volatile AgeingBuckets buckets = AgeingBuckets.parse("30, 60, 90");
    private volatile java.math.BigDecimal maxInvoiceTotal;
    private volatile int maxInvoiceLines;

    @Activate
    public InvoicingSettings(Config config) {
        modified(config);
    }

    /** A module's unit test: the settings given. */
    InvoicingSettings(TaxRates rates, boolean pricesIncludeTax, boolean billDelivered) {
        this.ladder = Ladder.parse("P0D", "P7D", "P1M", "LETTER");
        this.rates = rates;
        this.pricesIncludeTax = pricesIncludeTax;
        this.billDelivered = billDelivered;
    }

    @Modified
    void modified(Config config) {
        rates = TaxRates.parse(config.taxRates());
        pricesIncludeTax = config.pricesIncludeTax();
        billDelivered = config.billDelivered();
        ladder = Ladder.parse(config.remindAfter(), config.reportAfter(), config.letterAfter(), config.creditStopAt());
        buckets = AgeingBuckets.parse(config.ageingBuckets());
        String max = config.maxInvoiceTotal() == null ? "" : config.maxInvoiceTotal().trim();
        try {
            maxInvoiceTotal = max.isEmpty() ? null : new java.math.BigDecimal(max);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("maxInvoiceTotal = " + max + " is not an amount such as 100000");
        }
        if (maxInvoiceTotal != null && maxInvoiceTotal.signum() <= 0 || config.maxInvoiceLines() < 0) {
            throw new IllegalArgumentException("maxInvoiceTotal must be above 0 and maxInvoiceLines 0 or more");
        }
        maxInvoiceLines = config.maxInvoiceLines();
    }

    /** @return the most one invoice may total, or {@code null} for no limit */
    public java.math.BigDecimal maxInvoiceTotal() {
        return maxInvoiceTotal;
    }

    /** @return the most lines one invoice may have, 0 for no limit */
    public int maxInvoiceLines() {
        return maxInvoiceLines;
    }

    /** @return the ageing's buckets */
    public AgeingBuckets buckets() {
        return buckets;
    }

    /** @return the collection ladder */
    public Ladder ladder() {
        return ladder;
    }

    public TaxRates rates() {
        return rates;
    }

    public boolean pricesIncludeTax() {
        return pricesIncludeTax;
    }

    public boolean billDelivered() {
        return billDelivered;
    }
}
