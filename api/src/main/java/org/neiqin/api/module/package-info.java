/**
 * Module descriptors, the registry that lists installed modules, the schema-ready signal of the migration runner and the demo-data extension point.
 *
 * @since 0.1
 */
@Version("0.2.0")
package org.neiqin.api.module;

import org.osgi.annotation.versioning.Version;
