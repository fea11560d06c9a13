package org.neiqin.contracts.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.neiqin.api.catalog.Catalog;
import org.neiqin.api.catalog.Product;
import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.crm.CustomerDirectory;
import org.neiqin.api.crm.CustomerSummary;
import org.neiqin.api.crm.PaymentTerms;
import org.neiqin.api.module.DemoDataProvider;
import org.neiqin.api.money.CompanyCurrency;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.review.Verdict;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.Roles;
import org.neiqin.api.security.SecurityService;
import org.neiqin.api.time.CompanyClock;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * With the catalogue installed: an order in force whose lines name its products, one at the customer's list price
 * (left empty, so the list's) and one under it — what the price level, the margins and the review's deviation are
 * shown with. Loaded after the catalogue's demo products and prices and contracts' own demo documents, so only where the
 * catalogue is installed.
 */
@Component
public class CataloguedDemoData implements DemoDataProvider {
    private static final Actor ASSISTANT = new Actor("assistant", Set.of(Roles.ASSISTANT));
    private static final Actor MANAGER = new Actor("manager", Set.of(Roles.MANAGER));

    /**
     * Optional, so that contracts resolves without the catalogue: this data waits for the catalogue's demo
     * ({@link #requires()}), which only a catalogue installed loads, and the reference is greedy, bound as it comes.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Catalog catalog;
    @Reference
    private DraftService drafts;
    @Reference
    private DocumentReader reader;
    @Reference
    private CustomerDirectory customers;
    @Reference
    private ReviewService reviews;
    @Reference
    private SecurityService security;
    @Reference
    private CompanyClock clock;
    @Reference
    private CompanyCurrency currency;

    @Override
    public String name() {
        return "contracts.catalogued";
    }

    @Override
    public Set<String> requires() {
        return Set.of("contracts.documents", "catalog.products", "catalog.prices");
    }

    @Override
    public void load() {
        Catalog catalog = this.catalog;
        if (catalog == null) {
            throw new IllegalStateException("the catalogue is not there: nothing loaded");
        }
        List<CustomerSummary> north = security.runAs(MANAGER, () -> customers.search("北方机械", 1));
        Product rebar = security.runAs(MANAGER, () -> catalog.byCode("LWG-HRB400-16")).orElse(null);
        Product coil = security.runAs(MANAGER, () -> catalog.byCode("PL-HRB400-8")).orElse(null);
        if (north.isEmpty() || rebar == null || coil == null) {
            throw new IllegalStateException("the demo customer or products are not there: nothing loaded");
        }
        DocumentData d = new DocumentData(north.get(0).id(), clock.today(), clock.today().plusDays(10), null, null, null,
                null, null, null, null, null, PaymentTerms.MONTHLY_SETTLEMENT, null, null, null);
        DocumentView order = security.runAs(ASSISTANT, () -> drafts.create(DocumentKind.ORDER, d, List.of(
                new LineData(null, rebar.id(), null, null, new BigDecimal("12"), null, null, null),
                new LineData(null, coil.id(), null, null, new BigDecimal("8"), null, currency.of(new BigDecimal("3850.00")),
                        null))));
        security.runAs(ASSISTANT, () -> drafts.submit(order.id(), reader.get(order.id()).version()));
        security.runAs(MANAGER, () -> reviews.latest(ContractsModule.REVIEW_ORDER, String.valueOf(order.id()))
                .map(r -> reviews.decide(r.id(), Verdict.APPROVE, "demo: the coil's price under the list accepted"))
                .orElseThrow());
    }
}
