package org.neiqin.contracts.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neiqin.api.catalog.Catalog;
import org.neiqin.api.catalog.Product;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Lines that name the catalogue's products. With {@code neiqin-catalog} installed, a line may name a product: it takes
 * the product's code, name, specification and unit as they are on the day it is written (what was typed for them is
 * replaced), and a discontinued product cannot go on a new line. Without the catalogue — never installed, or
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
     * @param errors a product that does not exist, is discontinued on a new line, or cannot be chosen without the
     *        catalogue, each as {@code lines[i].productId}
     */
    record Result(List<LineData> lines, Map<Long, String> codes, List<FieldError> errors) {
    }

    /** @return whether the catalogue is installed, so that a form offers its products */
    public boolean installed() {
        return catalog != null;
    }

    /**
     * @param lines the lines as sent
     * @param before the document's lines as they were, by line key (none for a new document or a draft written again)
     */
    Result name(List<LineData> lines, Map<Long, Named> before) {
        Catalog now = catalog;
        List<LineData> out = new ArrayList<>();
        Map<Long, String> codes = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (lines == null) {
            return new Result(null, codes, errors);
        }
        for (int i = 0; i < lines.size(); i++) {
            LineData l = lines.get(i);
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
            out.add(new LineData(l.key(), p.id(), p.name(), p.spec(), l.quantity(), p.unit(), l.unitPrice(), l.weight()));
        }
        return new Result(out, codes, errors);
    }
}
