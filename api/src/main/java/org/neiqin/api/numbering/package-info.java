/**
 * Gapless document numbers from configurable patterns, drawn inside the issuing transaction.
 *
 * @since 0.1
 */
@Version("0.2.0")
package org.neiqin.api.numbering;

import org.osgi.annotation.versioning.Version;
