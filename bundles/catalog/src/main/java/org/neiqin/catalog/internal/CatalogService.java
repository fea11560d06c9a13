package org.neiqin.catalog.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neiqin.api.catalog.Catalog;
import org.neiqin.api.catalog.Product;
import org.neiqin.api.money.Money;
import org.neiqin.catalog.internal.prices.PriceFinder;
import org.neiqin.kit.query.ListQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The catalogue as other modules read it ({@link Catalog}): through the products' service, so the same permission holds. */
@Component(service = Catalog.class)
public class CatalogService implements Catalog {
    private final ProductService products;
    private final PriceFinder prices;

    @Activate
    public CatalogService(@Reference ProductService products, @Reference PriceFinder prices) {
        this.products = products;
        this.prices = prices;
    }

    @Override
    public Optional<ListPrice> price(long productId, PriceFor who, LocalDate on) {
        return prices.price(productId, who, on);
    }

    @Override
    public Map<Long, Money> costs(Collection<Long> productIds) {
        return products.costs(productIds);
    }

    @Override
    public Optional<Product> product(long id) {
        try {
            return Optional.of(product(products.get(id)));
        } catch (org.neiqin.api.error.NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Product> byCode(String code) {
        return products.byCode(code).map(CatalogService::product);
    }

    @Override
    public List<Product> search(String text, int limit) {
        ListQuery.Page<ProductRow> page = products.list(new ProductQuery(text, null, ProductState.ACTIVE, "code", false, 0,
                Math.max(1, Math.min(limit, ListQuery.MAX_ROWS))));
        return page.rows().stream().map(r -> product(products.get(r.id()))).toList();
    }

    private static Product product(ProductView v) {
        ProductData d = v.data();
        return new Product(v.id(), d.code(), d.name(), d.spec(), d.unit(), d.weightPerUnit(), d.productGroup(),
                d.taxCode(), d.vatRate(), v.state() == ProductState.ACTIVE, d.licenceNames());
    }
}
