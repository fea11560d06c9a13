package org.neiqin.catalog.internal.console;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neiqin.api.catalog.Catalog;
import org.neiqin.api.catalog.Product;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Lookup;
import org.neiqin.catalog.internal.CatalogModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Products chosen by searching code, name or specification in any module's form ({@code Field.lookup(…, "product",
 * …)}): the product whose code is what was typed first, then those that contain it; discontinued products are not
 * offered (a line that names one keeps it).
 */
@Component
public class ProductLookup implements Lookup {
    private final Catalog catalog;

    @Activate
    public ProductLookup(@Reference Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public String name() { return Catalog.LOOKUP; }

    @Override
    public String permission() { return CatalogModule.READ; }

    @Override
    public List<Field.Option> search(String text, int limit) {
        String typed = text.strip();
        return catalog.search(typed, limit + 5).stream()
                .sorted(Comparator.comparing((Product p) -> !p.code().equalsIgnoreCase(typed)))
                .limit(limit).map(ProductLookup::option).toList();
    }

    @Override
    public Optional<Field.Option> find(String value) {
        try {
            return catalog.product(Long.parseLong(value.strip())).map(ProductLookup::option);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * @return how a product reads in a lookup (code, name, specification and unit), and what choosing it fills into a
     *         grid's row: its name, specification and unit
     */
    static Field.Option option(Product p) {
        Map<String, String> details = new HashMap<>();
        details.put("name", p.name());
        details.put("spec", p.spec());
        details.put("unit", p.unit());
        return new Field.Option(String.valueOf(p.id()), p.code() + " " + p.name()
                + (p.spec() == null ? "" : " " + p.spec()) + " (" + p.unit() + ")", details);
    }
}
