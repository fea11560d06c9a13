package org.neiqin.invoicing.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The company's invoicing settings ({@code etc/org.neiqin.invoicing.cfg}): the VAT rates with their validity, whether
 * prices include the tax, and whether an order line is billed as it is delivered or as it is ordered. A table of rates
 * that cannot be read stops the module with the reason in the log rather than dropping a rate.
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
    }

    private volatile TaxRates rates;
    private volatile boolean pricesIncludeTax;
    private volatile boolean billDelivered;

    @Activate
    public InvoicingSettings(Config config) {
        modified(config);
    }

    /** A module's unit test: the settings given. */
    InvoicingSettings(TaxRates rates, boolean pricesIncludeTax, boolean billDelivered) {
        this.rates = rates;
        this.pricesIncludeTax = pricesIncludeTax;
        this.billDelivered = billDelivered;
    }

    @Modified
    void modified(Config config) {
        rates = TaxRates.parse(config.taxRates());
        pricesIncludeTax = config.pricesIncludeTax();
        billDelivered = config.billDelivered();
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
