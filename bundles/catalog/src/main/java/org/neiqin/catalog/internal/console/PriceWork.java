package org.neiqin.catalog.internal.console;

import java.util.List;

import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.WorkSource;
import org.neiqin.api.security.SecurityService;
import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.prices.PriceFinder;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The catalogue's part of the home page: the office (who prepares prices) and finance (who sees margins) are told of
 * the price-list versions that took effect in the last two weeks, and open them from the price lists.
 */
@Component(service = WorkSource.class)
public class PriceWork implements WorkSource {
    private final PriceFinder prices;
    private final SecurityService security;

    @Activate
    public PriceWork(@Reference PriceFinder prices, @Reference SecurityService security) {
        this.prices = prices;
        this.security = security;
    }

    @Override
    public List<WorkItem> work(PageRequest r) {
        if (!security.isPermitted(r.actor(), CatalogModule.PRICES) && !security.isPermitted(r.actor(), CatalogModule.COST)) {
            return List.of();
        }
        return List.of(new WorkItem(r.msg("prices.work.recent"), prices.takenEffect(14), PriceListsPage.LABEL, false));
    }
}
