package org.neiqin.contracts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;

import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.contracts.SaleLegality;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.crm.CustomerSnapshot;
import org.neiqin.api.crm.CustomerSummary;
import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.api.money.CompanyCurrency;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The company settings of the module ({@code etc/org.neiqin.contracts.cfg}) and the checks that ask
 * the customer files: the customer exists and is active, the header's defaults from the card, and
 * the legality of a sale (the licences the customer holds).
 */
@Component(service = {CustomerChecks.class, SaleLegality.class}, configurationPid = CustomerChecks.PID)
@Designate(ocd = CustomerChecks.Config.class)
public class CustomerChecks implements SaleLegality {
    static final String PID = "org.neiqin.contracts";

    /** Company settings of the contracts module. */
    @ObjectClassDefinition(name = "Neiqin contracts and orders")
    public @interface Config {
        @AttributeDefinition(description = "Legality of sales: '<licence name> = <products, a regular expression>' per"
                + " licence; an order or contract of sale of such a product needs the customer to hold that licence,"
                + " valid, on file")
        String[] licenceGates() default {};
    }

    private final CustomerDirectory customers;
    private final CompanyClock clock;
    private final CompanyCurrency currency;
    private final ProductLines products;
    private volatile LicenceGates licenceGates = LicenceGates.NONE;

    @Activate
    public CustomerChecks(@Reference CustomerDirectory customers, @Reference CompanyClock clock,
            @Reference CompanyCurrency currency, @Reference ProductLines products, Config config) {
        this.customers = customers;
        this.products = products;
        this.currency = currency;
        this.clock = clock;
        modified(config);
    }

    @Modified
    void modified(Config config) {
        this.licenceGates = LicenceGates.parse(config.licenceGates());
    }

    /** @return the currency of a new document's prices and totals: the company's */
    public String currency() {
        return currency.code();
    }

    /** Refuses a sale of a product whose licence the customer does not hold, valid today (销售合法性). */
    void requireLicences(EntityManager em, DocumentEntity e) {
        if (!LicenceGates.sells(e.kind)) {
            return;
        }
        List<Text> problems = problems(e.customerId, DocumentStore.contractLines(DocumentStore.lines(em, e.id, e.revision),
                e.currency), clock.today());
        if (!problems.isEmpty()) {
            throw new ConflictException("licence", Text.of("contracts.licence.refused", "{0} cannot take effect: {1}",
                    DocumentStore.display(e), problems.get(0)));
        }
    }

    @Override
    public List<Text> problems(long customerId, List<ContractLine> lines, LocalDate day) {
        LicenceGates gates = licenceGates;
        List<LicenceGates.Need> needs = new ArrayList<>();
        for (ContractLine l : lines) {
            // a catalogue product says which licences it needs; a line of free text, or one whose catalogue is gone,
            // is judged by its name against the company's gates
            java.util.Optional<java.util.Set<String>> own = l.productId() == null ? java.util.Optional.empty()
                    : products.licences(l.productId());
            java.util.Set<String> licences = own.orElseGet(() -> gates.licencesFor(l.product()));
            if (!licences.isEmpty()) {
                needs.add(new LicenceGates.Need(l.product(), licences));
            }
        }
        return needs.isEmpty() ? List.of() : LicenceGates.problems(needs, customers.licences(customerId), day);
    }

    CustomerSummary customer(Long id) {
        if (id == null) {
            throw new ValidationException("customerId", "required", Text.of("contracts.customer.required",
                    "customerId is required"));
        }
        CustomerSummary c = customers.find(id).orElseThrow(() -> new ValidationException("customerId", "unknown",
                Text.of("contracts.customer.unknown", "there is no customer with id {0}", id)));
        if (c.archived()) {
            throw new ValidationException("customerId", "archived", Text.of("contracts.customer.archived",
                    "customer {0} {1} is archived; reactivate the customer file first", c.code(), c.fullName()));
        }
        return c;
    }

    DocumentData withCustomerDefaults(DocumentData d, CustomerSummary c) {
        CustomerSnapshot s = customers.snapshot(c.id());
        return d.withDefaults(s.contactName(), s.phone(), s.address(), c.salesperson(), code(c.region()),
                code(c.route()), customers.creditTerms(c.id()));
    }

    /** A customer's region or route serves as a code for numbers only when it is one. */
    private static String code(String s) {
        return s != null && s.trim().matches("[A-Za-z0-9]{1,6}") ? s.trim().toUpperCase(Locale.ROOT) : null;
    }
}
