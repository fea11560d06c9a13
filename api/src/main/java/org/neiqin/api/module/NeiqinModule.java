package org.neiqin.api.module;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered as a service by every module (a DS component): the framework picks up its
 * descriptor, lists it in {@code neiqin:modules} and on the console home page, and applies its
 * permission, numbering and review defaults.
 *
 * @since 0.1
 */
@ConsumerType
public interface NeiqinModule {
    ModuleDescriptor descriptor();
}
