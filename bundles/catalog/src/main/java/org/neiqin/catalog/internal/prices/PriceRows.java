package org.neiqin.catalog.internal.prices;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import javax.persistence.EntityManager;

import org.neiqin.api.error.ConflictException;
import org.neiqin.api.error.Text;
import org.neiqin.api.security.Actor;
import org.neiqin.kit.store.Store;

/**
 * The rows of price lists as the services read and write them: a list's versions, a version's prices, a version
 * started from the last one's prices, the prices as a history keeps them.
 */
final class PriceRows {
    private PriceRows() {
    }

    /** @return a list's versions, the newest first */
    static List<PriceVersionEntity> versions(EntityManager em, long listId) {
        return em.createQuery("select v from PriceVersionEntity v where v.listId = :l order by v.number desc",
                PriceVersionEntity.class).setParameter("l", listId).getResultList();
    }

    /** @return a version's prices in their order */
    static List<PriceEntryEntity> entries(EntityManager em, long versionId) {
        return em.createQuery("select e from PriceEntryEntity e where e.versionId = :v order by e.lineNo",
                PriceEntryEntity.class).setParameter("v", versionId).getResultList();
    }

    /** @return a list's approved versions, as the choice of the one in force sees them */
    static List<PriceRules.Dated> approved(EntityManager em, long listId) {
        return em.createQuery("select v.id, v.number, v.effectiveFrom, v.state from PriceVersionEntity v"
                + " where v.listId = :l and v.state = :s", Object[].class).setParameter("l", listId)
                .setParameter("s", PriceVersionState.APPROVED).getResultList().stream()
                .map(r -> new PriceRules.Dated((Long) r[0], (Integer) r[1], (LocalDate) r[2], (PriceVersionState) r[3]))
                .toList();
    }

    static PriceRules.Dated dated(PriceVersionEntity v) {
        return new PriceRules.Dated(v.id, v.number, v.effectiveFrom, v.state);
    }

    /** Refuses a new version while one is prepared or reviewed (approved later, it would drop what the new one holds). */
    static void requireNoneOpen(PriceListEntity list, List<PriceVersionEntity> versions) {
        if (versions.stream().anyMatch(v -> v.state != PriceVersionState.APPROVED)) {
            throw new ConflictException("open-version", Text.of("catalog.prices.openVersion",
                    "{0} has a version in preparation or review; finish it before starting another", list.code));
        }
    }

    /** @return the list's next version, stored: numbered after {@code versions}, in {@code state} from {@code from} */
    static PriceVersionEntity start(Store store, EntityManager em, PriceListEntity list, List<PriceVersionEntity> versions,
            LocalDate from, PriceVersionState state, String note, Actor actor) {
        PriceVersionEntity v = new PriceVersionEntity();
        v.listId = list.id;
        v.listCode = list.code;
        v.number = versions.stream().mapToInt(x -> x.number).max().orElse(0) + 1;
        v.effectiveFrom = from;
        v.state = state;
        v.note = note;
        store.create(em, v, actor);
        return v;
    }

    /** Copies the prices of one version that {@code keep} keeps into another. @return the next line number there */
    static int copy(Store store, EntityManager em, long fromVersion, long toVersion, Predicate<PriceEntryEntity> keep) {
        int line = 1;
        for (PriceEntryEntity from : entries(em, fromVersion)) {
            if (keep.test(from)) {
                add(store, em, toVersion, line++, from.productId, from.productCode, from.productName, from.unit, from.price,
                        from.validFrom, from.validTo);
            }
        }
        return line;
    }

    /** Stores one price of a version, with the product's code, name and unit as they read when it is written. */
    static void add(Store store, EntityManager em, long version, int line, long productId, String code, String name,
            String unit, java.math.BigDecimal price, LocalDate validFrom, LocalDate validTo) {
        PriceEntryEntity e = new PriceEntryEntity();
        e.versionId = version;
        e.lineNo = line;
        e.productId = productId;
        e.productCode = code;
        e.productName = name;
        e.unit = unit;
        e.price = price;
        e.validFrom = validFrom;
        e.validTo = validTo;
        store.persist(em, e);
    }

    /** @return the prices as the history keeps them: a line each, code, price and days */
    static String text(List<PriceEntryEntity> entries) {
        StringBuilder sb = new StringBuilder();
        for (PriceEntryEntity e : entries) {
            sb.append(e.productCode).append(" ").append(e.price.toPlainString())
                    .append(e.validFrom == null && e.validTo == null ? "" : " " + (e.validFrom == null ? "…" : e.validFrom)
                            + "–" + (e.validTo == null ? "…" : e.validTo)).append("\n");
        }
        return sb.toString();
    }
}
