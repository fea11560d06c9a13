package org.neiqin.api.module;

/**
 * An installed module as the registry sees it.
 *
 * @param descriptor what the module declared
 * @param version the bundle version
 * @param bundleId the OSGi bundle id
 * @param state {@code ACTIVE}, or e.g. {@code MIGRATION FAILED: …} when its schema could not be applied
 * @param schemaVersion the highest migration applied to its schema (0 if it has none)
 * @since 0.1
 */
public record ModuleInfo(ModuleDescriptor descriptor, String version, long bundleId, String state, int schemaVersion) {
}
