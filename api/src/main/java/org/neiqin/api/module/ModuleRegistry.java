package org.neiqin.api.module;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The installed modules.
 *
 * @since 0.1
 */
@ProviderType
public interface ModuleRegistry {
    /** @return installed modules ordered by id. */
    List<ModuleInfo> modules();

    Optional<ModuleInfo> module(String id);
}
