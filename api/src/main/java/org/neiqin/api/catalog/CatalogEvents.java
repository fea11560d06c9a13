package org.neiqin.api.catalog;

/**
 * What the catalogue announces after commit (EventAdmin topics), with {@link #PRODUCT_ID} and {@link #CODE}.
 *
 * @since 0.3
 */
public final class CatalogEvents {
    /** A product was entered. */
    public static final String PRODUCT_CREATED = "org/neiqin/catalog/product/CREATED";
    /** A product's data changed; {@code fields} names what changed. */
    public static final String PRODUCT_CHANGED = "org/neiqin/catalog/product/CHANGED";
    /** A product may no longer go on new lines. */
    public static final String PRODUCT_DISCONTINUED = "org/neiqin/catalog/product/DISCONTINUED";
    /** A discontinued product may go on new lines again. */
    public static final String PRODUCT_REINSTATED = "org/neiqin/catalog/product/REINSTATED";
    /**
     * A file of products was imported: {@link #COUNT} rows, of which {@link #CREATED} new products (the others
     * changed), one event for the file.
     *
     * @since 0.3 (package version)
     */
    public static final String PRODUCTS_IMPORTED = "org/neiqin/catalog/product/IMPORTED";
    /** How many rows an import stored. @since 0.3 (package version) */
    public static final String COUNT = "count";
    /** How many of them were new products. @since 0.3 (package version) */
    public static final String CREATED = "created";
    /**
     * A version of a price list was approved: it is in force from {@link #EFFECTIVE_FROM}, with {@link #LIST_ID},
     * {@link #LIST_CODE} and {@link #VERSION}. @since 0.2 (package version)
     */
    public static final String PRICE_VERSION_APPROVED = "org/neiqin/catalog/price/APPROVED";
    /** @since 0.2 (package version) */
    public static final String LIST_ID = "listId";
    /** @since 0.2 (package version) */
    public static final String LIST_CODE = "listCode";
    /** @since 0.2 (package version) */
    public static final String VERSION = "version";
    /** @since 0.2 (package version) */
    public static final String EFFECTIVE_FROM = "effectiveFrom";
    public static final String PRODUCT_ID = "productId";
    public static final String CODE = "code";

    private CatalogEvents() {
    }
}
