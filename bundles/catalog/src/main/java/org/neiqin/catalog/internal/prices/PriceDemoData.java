package org.neiqin.catalog.internal.prices;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.neiqin.api.crm.Grade;
import org.neiqin.api.module.DemoDataProvider;
import org.neiqin.api.money.Money;
import org.neiqin.api.review.ReviewService;
import org.neiqin.api.review.Verdict;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.Roles;
import org.neiqin.api.security.SecurityService;
import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.ProductQuery;
import org.neiqin.catalog.internal.ProductRow;
import org.neiqin.catalog.internal.ProductService;
import org.neiqin.catalog.internal.ProductState;
import org.neiqin.catalog.internal.ProductView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The demo's price lists, prepared by the assistant and approved by the manager as users do: the default list (every
 * product with a cost price, a made-up margin over it) and the key customers' list two per cent under it, both in
 * force from the day the demo is loaded.
 */
@Component
public class PriceDemoData implements DemoDataProvider {
    private static final Actor ASSISTANT = new Actor("assistant", Set.of(Roles.ASSISTANT));
    private static final Actor MANAGER = new Actor("manager", Set.of(Roles.MANAGER));

    @Reference
    private PriceListService prices;
    @Reference
    private ProductService products;
    @Reference
    private ReviewService reviews;
    @Reference
    private SecurityService security;

    @Override
    public String name() {
        return "catalog.prices";
    }

    @Override
    public Set<String> requires() {
        return Set.of("catalog.products");
    }

    @Override
    public void load() {
        List<PriceEntryData> standard = new ArrayList<>();
        List<PriceEntryData> key = new ArrayList<>();
        for (ProductRow row : security.runAs(MANAGER, () -> products.list(new ProductQuery(null, null, ProductState.ACTIVE,
                "code", false, 0, 500))).rows()) {
            ProductView p = security.runAs(MANAGER, () -> products.get(row.id()));
            if (p.data().costPrice() == null) {
                continue;
            }
            BigDecimal list = p.data().costPrice().amount().multiply(new BigDecimal("1.12")).setScale(0, RoundingMode.HALF_UP);
            String currency = p.data().costPrice().currency().getCurrencyCode();
            standard.add(new PriceEntryData(p.id(), Money.of(list, currency), null, null));
            key.add(new PriceEntryData(p.id(), Money.of(list.multiply(new BigDecimal("0.98")).setScale(0,
                    RoundingMode.HALF_UP), currency), null, null));
        }
        publish(new PriceListData("STD", "标准价目表", null, null, null, null, "含税出厂价"), standard);
        publish(new PriceListData("KA", "主要客户价目表", null, Grade.KEY, null, null, "A 类客户，标准价下浮 2%"), key);
    }

    private void publish(PriceListData list, List<PriceEntryData> entries) {
        PriceViews.VersionView draft = security.runAs(ASSISTANT, () -> prices.newVersion(prices.createList(list).id()));
        PriceViews.VersionView ready = security.runAs(ASSISTANT, () -> prices.updateVersion(draft.id(), draft.version(),
                new VersionHeader(prices.today(), null), entries));
        security.runAs(ASSISTANT, () -> prices.submit(ready.id(), ready.version()));
        security.runAs(MANAGER, () -> reviews.latest(CatalogModule.REVIEW_PRICES, String.valueOf(ready.id()))
                .map(r -> reviews.decide(r.id(), Verdict.APPROVE, "demo: prices checked")).orElseThrow());
    }
}
