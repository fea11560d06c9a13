package org.neiqin.catalog.internal.prices;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.neiqin.api.catalog.Catalog.ListPrice;
import org.neiqin.api.catalog.Catalog.PriceFor;
import org.neiqin.api.money.Money;
import org.neiqin.api.security.SecurityService;
import org.neiqin.catalog.internal.CatalogModule;
import org.neiqin.catalog.internal.CatalogStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads the price lists as an order line, a report or the home page needs them: the price a customer pays for a
 * product on a day ({@link PriceRules}), and how many versions took effect lately.
 */
@Component(service = PriceFinder.class)
public class PriceFinder {
    private final CatalogStore store;
    private final SecurityService security;

    @Activate
    public PriceFinder(@Reference CatalogStore store, @Reference SecurityService security) {
        this.store = store;
        this.security = security;
    }

    /** @return today on the company's clock */
    public LocalDate today() {
        return store.today();
    }

    /** @return the price {@code who} pays for the product on {@code on}, and where it comes from ({@link PriceRules}) */
    public Optional<ListPrice> price(long productId, PriceFor who, LocalDate on) {
        security.require(CatalogModule.READ);
        return store.read(em -> {
            List<PriceListEntity> lists = em.createQuery("select l from PriceListEntity l where l.customerId is null"
                    + " or l.customerId = :c", PriceListEntity.class).setParameter("c", who.customerId() == null ? -1L
                    : who.customerId()).getResultList();
            List<PriceListEntity> ranked = lists.stream().filter(l -> PriceRules.rank(l.customerId, l.grade, l.region, who) >= 0)
                    .sorted(Comparator.comparingInt(l -> PriceRules.rank(l.customerId, l.grade, l.region, who))).toList();
            for (PriceListEntity l : ranked) {
                Optional<PriceRules.Dated> v = PriceRules.inForce(PriceRows.approved(em, l.id), on);
                if (v.isEmpty()) {
                    continue;
                }
                Optional<PriceEntryEntity> entry = em.createQuery("select e from PriceEntryEntity e where e.versionId = :v"
                        + " and e.productId = :p", PriceEntryEntity.class).setParameter("v", v.get().id())
                        .setParameter("p", productId).getResultList().stream()
                        .filter(e -> PriceRules.validOn(e.validFrom, e.validTo, on)).findFirst();
                if (entry.isPresent()) {
                    return Optional.of(new ListPrice(Money.of(entry.get().price, l.currency), l.id, l.code, v.get().number()));
                }
            }
            return Optional.empty();
        });
    }

    /** @return how many versions took effect within the last {@code days} days (today included) */
    public long takenEffect(int days) {
        security.require(CatalogModule.READ);
        LocalDate today = store.today();
        return store.read(em -> em.createQuery("select count(v) from PriceVersionEntity v where v.state = :s"
                + " and v.effectiveFrom > :from and v.effectiveFrom <= :to", Long.class)
                .setParameter("s", PriceVersionState.APPROVED).setParameter("from", today.minusDays(days))
                .setParameter("to", today).getSingleResult());
    }
}
