package org.neiqin.expenses.internal;

import java.util.List;
import java.util.Optional;

import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.crm.CustomerSummary;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The customers claim lines and activities name, as the customer files call them — when they are installed: without
 * them a customer is refused, not kept as a number nobody can read.
 */
@Component(service = CustomerNames.class)
public class CustomerNames {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CustomerDirectory customers;

    /** @return whether the customer files are installed (forms offer a customer then) */
    public boolean installed() {
        return customers != null;
    }

    /** @return the customer's code and name; {@code null} with an error on {@code field} when there is no such one */
    public String name(long id, String field, List<FieldError> errors) {
        CustomerDirectory directory = customers;
        Optional<CustomerSummary> c = directory == null ? Optional.empty() : directory.find(id);
        if (c.isEmpty()) {
            errors.add(new FieldError(field, "unknown", directory == null
                    ? Text.of("expenses.noCustomers", "customer files are not installed: leave the customer out")
                    : Text.of("expenses.noCustomer", "there is no customer {0}", id)));
            return null;
        }
        return c.get().code() + " " + c.get().fullName();
    }
}
