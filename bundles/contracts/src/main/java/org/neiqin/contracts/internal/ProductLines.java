package org.neiqin.contracts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neiqin.api.catalog.Catalog;
import org.neiqin.api.catalog.Product;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.neiqin.api.money.Money;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Lines that name the catalogue's products. With {@code neiqin-catalog} installed, a line may name a product: it takes
 * the product's code, name, specification and unit as they are on the day it is written (what was typed for them is
 * replaced), and a discontinued product cannot go on a new line; each such line is compared with the price lists' price
 * for the customer on the document's date (kept as the line's list price, and the line's price when none is given). Without the catalogue — never installed, or
 * uninstalled while Neiqin runs — lines are free text, and a line kept from the document as it was keeps the product
 * it named and its text; choosing a product is then refused. The catalogue is an optional, dynamic reference: it comes
 * and goes without contracts restarting.
 */
@Component(service = ProductLines.class)
public class ProductLines {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Catalog catalog;

    public ProductLines() {
    }

    /** A module's unit test: the catalogue given, or {@code null} for none installed. */
    ProductLines(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A line as written before: the product it named and the code it had. */
    record Named(Long productId, String productCode) {
    }

    /**
     * Lines with their products named.
     *
     * @param lines as sent, each naming its product or not
     * @param codes each named product's code that day, by product id
     * @param listPrices each line's list price for the customer on the document's date, {@code null} where no price
     *        list has one (or the line names no product), in the lines' order
     * @param errors a product that does not exist, is discontinued on a new line, or cannot be chosen without the
     *        catalogue, each as {@code lines[i].productId}
     */
    record Result(List<LineData> lines, Map<Long, String> codes, List<Money> listPrices, List<FieldError> errors) {
        /** @return the list price of line {@code i}, if one was found */
        Money listPrice(int i) {
            return listPrices.size() > i ? listPrices.get(i) : null;
        }
    }

    /** @return the customer as price lists are chosen for it */
    static Catalog.PriceFor priceFor(org.neiqin.api.crm.CustomerSummary customer) {
        return new Catalog.PriceFor(customer.id(), customer.grade(), customer.region());
    }

    /**
     * @return the licences a buyer must hold to be sold the product, as the catalogue says; empty (not known) without
     *         the catalogue or for a product it no longer has, so that the company's gates over names judge the line
     */
    java.util.Optional<java.util.Set<String>> licences(long productId) {
        Catalog now = catalog;
        return now == null ? java.util.Optional.empty() : now.product(productId).map(Product::licences);
    }

    /** @return whether the catalogue is installed, so that a form offers its products */
    /**
     * @return what each of the products costs the company (the catalogue's cost prices), for a margin report; empty
     *         without the catalogue
     * @throws org.neiqin.api.error.AccessDeniedException unless the caller may see costs ({@link Catalog#COST})
     */
    public java.util.Optional<java.util.Map<Long, Money>> costs(java.util.Collection<Long> productIds) {
        Catalog c = catalog;
        return c == null ? java.util.Optional.empty() : java.util.Optional.of(c.costs(productIds));
    }

    public boolean installed() {
        return catalog != null;
    }

    /** {@link #name(List, Map, Catalog.PriceFor, LocalDate)} without prices (a module's unit test). */
    Result name(List<LineData> lines, Map<Long, Named> before) {
        return name(lines, before, null, null);
    }

    /**
     * @param lines the lines as sent
     * @param before the document's lines as they were, by line key (none for a new document or a draft written again)
     * @param who the document's customer, whose list prices the lines are compared with ({@code null}: none looked up)
     * @param on the document's date: the day whose prices hold
     */
    Result name(List<LineData> lines, Map<Long, Named> before, Catalog.PriceFor who, LocalDate on) {
        Catalog now = catalog;
        List<LineData> out = new ArrayList<>();
        Map<Long, String> codes = new HashMap<>();
        List<Money> listPrices = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        if (lines == null) {
            return new Result(null, codes, listPrices, errors);
        }
        for (int i = 0; i < lines.size(); i++) {
            LineData l = lines.get(i);
            Money listPrice = l == null || l.productId() == null || now == null || who == null || on == null ? null
                    : now.price(l.productId(), who, on).map(Catalog.ListPrice::price).orElse(null);
            listPrices.add(listPrice);
            if (l == null || l.productId() == null) {
                out.add(l);
                continue;
            }
            Named was = l.key() == null ? null : before.get(l.key());
            boolean kept = was != null && l.productId().equals(was.productId());
            String field = "lines[" + i + "].productId";
            if (now == null) {
                if (kept) {
                    // the line as it was: its text and code stay, the catalogue cannot be asked
                    codes.put(l.productId(), was.productCode());
                    out.add(l);
                } else {
                    errors.add(new FieldError(field, "unavailable", Text.of("contracts.line.noCatalogue",
                            "line {0}: products are chosen from the catalogue, which is not installed; type the product's"
                                    + " name and unit instead", i + 1)));
                    out.add(l);
                }
                continue;
            }
            Optional<Product> found = now.product(l.productId());
            if (found.isEmpty()) {
                errors.add(new FieldError(field, "unknown", Text.of("contracts.line.noProduct",
                        "line {0}: the catalogue has no product {1}", i + 1, l.productId())));
                out.add(l);
                continue;
            }
            Product p = found.get();
            if (!p.active() && !kept) {
                errors.add(new FieldError(field, "discontinued", Text.of("contracts.line.discontinued",
                        "line {0}: {1} {2} is discontinued and cannot go on a new line", i + 1, p.code(), p.name())));
            }
            codes.put(p.id(), p.code());
            // a price left empty is the list's: the price the customer pays for the product that day
            out.add(new LineData(l.key(), p.id(), p.name(), p.spec(), l.quantity(), p.unit(),
                    l.unitPrice() == null ? listPrice : l.unitPrice(), l.weight()));
        }
        return new Result(out, codes, listPrices, errors);
    }
}
