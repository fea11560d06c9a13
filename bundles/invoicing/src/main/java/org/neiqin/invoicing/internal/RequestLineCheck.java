package org.neiqin.invoicing.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.neiqin.api.catalog.Catalog;
import org.neiqin.api.catalog.Product;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.Text;

/**
 * A request's lines checked against the order or contract they bill (开票前核对品种、单价、数量): each names a line of it
 * once, agrees with its product, specification and unit price (another price only where a manager approved that
 * correction), and carries a VAT rate (its catalogue product's, else one in force on the day); every problem of every
 * line is told at once. What is left to bill is counted later, under the order's lock row.
 */
final class RequestLineCheck {
    private final InvoicingSettings settings;
    private final Catalog products;
    private final LocalDate today;
    private final Map<Long, Set<BigDecimal>> corrected;

    /**
     * @param products the catalogue, or {@code null} when it is not installed
     * @param corrected the unit prices approved per line of the document, by line key
     */
    RequestLineCheck(InvoicingSettings settings, Catalog products, LocalDate today, Map<Long, Set<BigDecimal>> corrected) {
        this.settings = settings;
        this.products = products;
        this.today = today;
        this.corrected = corrected;
    }

    /** @return the request's lines with their VAT figures; what is wrong with them is added to {@code errors} */
    List<InvoiceLineEntity> lines(ContractDocument doc, List<InvoiceLineData> rows, List<FieldError> errors) {
        Map<Long, ContractLine> byKey = new HashMap<>();
        doc.lines().forEach(l -> byKey.put(l.id(), l));
        List<InvoiceLineEntity> made = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            InvoiceLineData r = rows.get(i);
            ContractLine l = byKey.get(r.lineKey());
            String at = "lines[" + i + "].";
            if (l == null) {
                errors.add(new FieldError(at + "lineKey", "unknown", Text.of("invoicing.line.unknown",
                        "{0} has no line {1}", doc.number(), r.lineKey())));
                continue;
            }
            if (!seen.add(l.id())) {
                errors.add(new FieldError(at + "lineKey", "duplicate", Text.of("invoicing.line.twice",
                        "line {0} ({1}) is on the request twice", l.lineNo(), l.product())));
            }
            boolean correction = agree(errors, at, l, r, corrected.getOrDefault(l.id(), Set.of()));
            BigDecimal rate = rate(errors, at, l, r);
            InvoiceLineEntity e = new InvoiceLineEntity();
            e.lineNo = i + 1;
            e.lineKey = l.id();
            e.productId = l.productId();
            e.productCode = l.productCode();
            e.product = l.product();
            e.spec = l.spec();
            e.unit = l.unit();
            e.quantity = r.quantity();
            e.unitPrice = correction ? r.unitPrice().amount() : l.unitPrice().amount();
            e.taxRate = rate;
            e.taxCode = l.productId() == null || products == null ? null
                    : products.product(l.productId()).map(Product::taxCode).orElse(null);
            if (rate != null) {
                Vat.Figures f = Vat.line(e.quantity, e.unitPrice, rate, settings.pricesIncludeTax());
                e.amount = f.amount();
                e.tax = f.tax();
                e.total = f.total();
            }
            made.add(e);
        }
        return made;
    }

    /**
     * Item, specification and unit price, where the request gives them, as the order line says (开票前核对); a price
     * other than the line's only where a manager approved that correction.
     *
     * @return whether the line is billed at an approved corrected price
     */
    private static boolean agree(List<FieldError> errors, String at, ContractLine l, InvoiceLineData r,
            Set<BigDecimal> approved) {
        if (r.product() != null && !r.product().isBlank() && !r.product().trim().equals(l.product())) {
            errors.add(new FieldError(at + "product", "mismatch", Text.of("invoicing.line.product",
                    "line {0}: the order says {1}, not {2}", l.lineNo(), l.product(), r.product().trim())));
        }
        if (r.spec() != null && !r.spec().isBlank() && !r.spec().trim().equals(Objects.toString(l.spec(), ""))) {
            errors.add(new FieldError(at + "spec", "mismatch", Text.of("invoicing.line.spec",
                    "line {0} ({1}): the order's specification is {2}, not {3}", l.lineNo(), l.product(),
                    Objects.toString(l.spec(), "(none)"), r.spec().trim())));
        }
        if (r.unitPrice() != null && r.unitPrice().amount().compareTo(l.unitPrice().amount()) != 0) {
            if (approved.contains(r.unitPrice().amount().stripTrailingZeros())) {
                return true;
            }
            errors.add(new FieldError(at + "unitPrice", "mismatch", Text.of("invoicing.line.price",
                    "line {0} ({1}): the order's unit price is {2}, not {3}; a different price needs an approved"
                            + " correction", l.lineNo(), l.product(), l.unitPrice().amount().toPlainString(),
                    r.unitPrice().amount().toPlainString())));
        }
        return false;
    }

    /** The line's VAT rate: its catalogue product's, else the one chosen, valid on the day in the configured table. */
    private BigDecimal rate(List<FieldError> errors, String at, ContractLine l, InvoiceLineData r) {
        BigDecimal fromCatalog = l.productId() == null || products == null ? null
                : products.product(l.productId()).map(Product::vatRate).orElse(null);
        if (fromCatalog != null) {
            if (r.taxRate() != null && r.taxRate().compareTo(fromCatalog) != 0) {
                errors.add(new FieldError(at + "taxRate", "mismatch", Text.of("invoicing.line.rateCatalog",
                        "line {0} ({1}): the product's VAT rate is {2} %, not {3} %", l.lineNo(), l.product(),
                        InvoiceDrafts.plain(fromCatalog), InvoiceDrafts.plain(r.taxRate()))));
            }
            return fromCatalog;
        }
        if (r.taxRate() == null) {
            errors.add(new FieldError(at + "taxRate", "required", Text.of("invoicing.line.rateRequired",
                    "line {0} ({1}): choose its VAT rate ({2} %)", l.lineNo(), l.product(),
                    String.join(", ", settings.rates().on(today).stream().map(InvoiceDrafts::plain).toList()))));
            return null;
        }
        if (!settings.rates().valid(r.taxRate(), today)) {
            errors.add(new FieldError(at + "taxRate", "unknown", Text.of("invoicing.line.rateUnknown",
                    "line {0} ({1}): {2} % is not a VAT rate in force on {3}", l.lineNo(), l.product(), InvoiceDrafts.plain(r.taxRate()),
                    today)));
            return null;
        }
        return r.taxRate();
    }
}
