package org.neiqin.api.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neiqin.api.crm.Grade;
import org.neiqin.api.money.Money;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The product catalogue (module {@code catalog}), for the modules that name products: present only when
 * {@code neiqin-catalog} is installed, so a module that uses it takes it as an optional, dynamic reference and works
 * without it (free-text lines). Reads need the caller's permission to see the catalogue.
 *
 * @since 0.3
 */
@ProviderType
public interface Catalog {
    /** The name of the console lookup that finds a product by code, name or specification. */
    String LOOKUP = "product";

    /**
     * The permission to see what products cost the company, and so margins: a module that shows margins shows them
     * only to those who hold it.
     *
     * @since 0.3 (package version)
     */
    String COST = "catalog.cost";

    /** @return the product with this id, discontinued or not */
    Optional<Product> product(long id);

    /** @return the product with this code (exact, as the company writes it) */
    Optional<Product> byCode(String code);

    /**
     * @param text part of a code, name or specification; blank for any
     * @return up to {@code limit} active products that match, by code
     */
    List<Product> search(String text, int limit);

    /**
     * The price a customer pays for a product on a day, tax included, from the catalogue's price lists, first found
     * of: the customer's own list, the list for the customer's grade and region, for the grade alone, for the region
     * alone, the default list. In each, the version in force that day (approved, the latest date of effect not after
     * it) and its entry for the product valid that day.
     *
     * @param who the customer, as the caller knows it
     * @return the price and the list version it comes from; empty when no list has one
     * @since 0.2 (package version)
     */
    Optional<ListPrice> price(long productId, PriceFor who, LocalDate on);

    /**
     * What one unit of each product costs the company (its cost price), for a margin report.
     *
     * @param productIds the products asked for
     * @return the cost price of each of them that has one, in the currency it was entered in
     * @throws org.neiqin.api.error.AccessDeniedException unless the caller holds {@link #COST}
     * @since 0.3 (package version)
     */
    Map<Long, Money> costs(Collection<Long> productIds);

    /**
     * A customer as price lists are chosen for it.
     *
     * @param customerId the customer (its own list), or {@code null}
     * @param grade its grade, or {@code null}
     * @param region its region code, or {@code null}
     * @since 0.2 (package version)
     */
    record PriceFor(Long customerId, Grade grade, String region) {
    }

    /**
     * A price from a price list.
     *
     * @param price tax included, in the list's currency
     * @param listId the list
     * @param listCode its code
     * @param version the number of the list's version in force
     * @since 0.2 (package version)
     */
    record ListPrice(Money price, long listId, String listCode, int version) {
    }
}
