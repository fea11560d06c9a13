package org.neiqin.catalog.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Block;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Properties;
import org.neiqin.api.console.ReviewPreview;
import org.neiqin.api.console.Table;
import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.prices.PriceListService;
import org.neiqin.catalog.internal.prices.PriceRequestService;
import org.neiqin.catalog.internal.prices.PriceViews.EntryView;
import org.neiqin.catalog.internal.prices.PriceViews.PriceRequestView;
import org.neiqin.catalog.internal.prices.PriceViews.VersionView;
import org.neiqin.kit.form.Labels;
import org.neiqin.kit.review.ReviewRef;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the manager sees when deciding: a price-list version's date of effect and every price, with a way to the
 * version; a unit-price request's customer, product, quantity, price asked and the market prices seen.
 */
@Component(service = ReviewPreview.class, property = {ReviewPreview.DOCUMENT_TYPE + "=" + CatalogModule.REVIEW_PRICES,
    ReviewPreview.DOCUMENT_TYPE + "=" + CatalogModule.REVIEW_PRICE_REQUEST})
public class PricePreview implements ReviewPreview {
    private final PriceListService prices;
    private final PriceRequestService requests;

    @Activate
    public PricePreview(@Reference PriceListService prices, @Reference PriceRequestService requests) {
        this.prices = prices;
        this.requests = requests;
    }

    @Override
    public List<Block> preview(String documentType, String documentId, PageRequest r) {
        long id = ReviewRef.parse(documentType, documentId).record();
        if (CatalogModule.REVIEW_PRICE_REQUEST.equals(documentType)) {
            PriceRequestView v = requests.get(id);
            List<Properties.Property> p = new ArrayList<>();
            p.add(new Properties.Property(r.msg("prices.preview.customerId"), v.customerName()));
            p.add(new Properties.Property(r.msg("prices.preview.productId"), v.productCode() + " " + v.productName()));
            if (v.quantity() != null) {
                p.add(new Properties.Property(r.msg("prices.preview.quantity"), Cell.quantity(v.quantity()).text() + " " + v.unit()));
            }
            p.add(new Properties.Property(r.msg("prices.preview.price"), Cell.of(v.price()).text()));
            p.add(new Properties.Property(r.msg("prices.preview.marketPrices"), v.marketPrices()));
            p.add(new Properties.Property(r.msg("requests.column.valid"), v.validFrom() + (v.validTo() == null ? " –"
                    : " – " + v.validTo())));
            if (v.note() != null) {
                p.add(new Properties.Property(r.msg("prices.preview.note"), v.note()));
            }
            return List.of(new Properties(p));
        }
        VersionView v = prices.getVersion(id);
        List<List<Cell>> rows = new ArrayList<>();
        for (EntryView e : v.entries()) {
            rows.add(List.of(Cell.of(e.productCode()), Cell.of(e.productName()), Cell.of(e.unit()), Cell.of(e.price()),
                    Cell.of(e.validFrom()), Cell.of(e.validTo())));
        }
        return List.of(new Links(List.of(new Link(r.msg("prices.version.title", v.listCode(), v.listName(), v.number()),
                        PriceVersionPage.LABEL + "?id=" + v.id()))),
                new Properties(List.of(new Properties.Property(Labels.field(r, "effectiveFrom"),
                        String.valueOf(v.header().effectiveFrom())))),
                new Table(List.of(r.msg("prices.column.productCode"), r.msg("prices.column.productName"),
                        r.msg("prices.column.unit"), r.msg("prices.preview.entryPrice"), Labels.field(r, "validFrom"),
                        Labels.field(r, "validTo")), rows, null, null));
    }
}
