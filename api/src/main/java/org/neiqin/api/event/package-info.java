/**
 * EventAdmin topics and property names that are part of the API.
 *
 * @since 0.1
 */
@Version("0.1.0")
package org.neiqin.api.event;

import org.osgi.annotation.versioning.Version;
