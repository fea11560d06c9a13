package org.neiqin.api.module;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Published by the migration runner once a bundle's migrations are applied, with the service
 * property {@value #MODULE} set to the module id. A module's persistence component references
 * it ({@code target="(neiqin.schema=crm)"}) so that nothing touches its tables before they exist.
 *
 * <p>A bundle carries migrations by declaring the manifest headers {@value #HEADER_MODULE} (its
 * module id) and {@value #HEADER_MIGRATIONS} (a folder, e.g. {@code db/migration}) holding
 * {@code V<n>__<description>.sql} files; statements are separated by lines ending in {@code ;}.
 *
 * @since 0.1
 */
@ProviderType
public interface SchemaReady {
    /** Service property: the module id whose schema is ready. */
    String MODULE = "neiqin.schema";
    /** Manifest header naming the bundle's module id. */
    String HEADER_MODULE = "Neiqin-Module";
    /** Manifest header naming the folder of the bundle's migrations. */
    String HEADER_MIGRATIONS = "Neiqin-Migrations";

    String module();

    /** @return the highest migration version applied. */
    int version();
}
