package org.neiqin.api.catalog;

import java.util.List;
import java.util.Optional;

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

    /** @return the product with this id, discontinued or not */
    Optional<Product> product(long id);

    /** @return the product with this code (exact, as the company writes it) */
    Optional<Product> byCode(String code);

    /**
     * @param text part of a code, name or specification; blank for any
     * @return up to {@code limit} active products that match, by code
     */
    List<Product> search(String text, int limit);
}
