/**
 * What the customer files module ({@code neiqin-crm}) offers other modules and partners: the
 * customer directory, customer events, and the extension point through which another module
 * shows its figures on a customer's card (sales to date, outstanding invoices …).
 *
 * @since 0.1
 */
@Version("0.7.0")
package org.neiqin.api.crm;

import org.osgi.annotation.versioning.Version;
