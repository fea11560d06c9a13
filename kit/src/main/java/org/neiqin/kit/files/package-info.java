/**
 * Files kept with a record (a delivery note's proof of delivery, a claim line's receipt): judged by their first bytes
 * (PDF, PNG, JPEG), capped in size, stored in the module's own tables in parts both databases bind the same way.
 *
 * @since 0.8
 */
@Version("0.1.0")
package org.neiqin.kit.files;

import org.osgi.annotation.versioning.Version;
