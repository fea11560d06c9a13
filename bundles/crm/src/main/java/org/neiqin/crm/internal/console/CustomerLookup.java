package org.neiqin.crm.internal.console;

import java.util.List;
import java.util.Optional;

import org.neiqin.api.console.Field;
import org.neiqin.api.console.Lookup;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.crm.CustomerSummary;
import org.neiqin.crm.internal.CrmModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Customers chosen by searching code or name in any module's form ({@code Field.lookup(…, "customer", …)}):
 * a customer whose code is what was typed first, then those whose code or name contains it; archived
 * customers are not offered.
 */
@Component
public class CustomerLookup implements Lookup {
    public static final String NAME = org.neiqin.api.crm.CustomerDirectory.LOOKUP;
    private final CustomerDirectory customers;

    @Activate
    public CustomerLookup(@Reference CustomerDirectory customers) {
        this.customers = customers;
    }

    @Override
    public String name() { return NAME; }

    @Override
    public String permission() { return CrmModule.READ; }

    @Override
    public List<Field.Option> search(String text, int limit) {
        String typed = text.strip();
        return customers.search(typed, limit + 5).stream().filter(c -> !c.archived())
                .sorted(java.util.Comparator.comparing((CustomerSummary c) -> !c.code().equalsIgnoreCase(typed)))
                .limit(limit).map(CustomerLookup::option).toList();
    }

    @Override
    public Optional<Field.Option> find(String value) {
        try {
            return customers.find(Long.parseLong(value.strip())).map(CustomerLookup::option);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** @return how a customer reads in a lookup: code and full name */
    public static Field.Option option(CustomerSummary c) {
        return new Field.Option(String.valueOf(c.id()), c.code() + " " + c.fullName());
    }
}
