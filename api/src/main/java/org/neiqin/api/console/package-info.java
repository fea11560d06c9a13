/**
 * Web console pages described as data; the core toolkit renders, escapes, protects and translates them.
 *
 * @since 0.1
 */
@Version("0.11.0")
package org.neiqin.api.console;

import org.osgi.annotation.versioning.Version;
