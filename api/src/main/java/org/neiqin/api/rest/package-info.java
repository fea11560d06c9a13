/**
 * What a module needs to publish JAX-RS resources under the Neiqin base path with the shared error model.
 *
 * @since 0.1
 */
@Version("0.6.0")
package org.neiqin.api.rest;

import org.osgi.annotation.versioning.Version;
