/**
 * What the expense claims module gives others: the expense ledger (what was spent, by salesperson, region, category,
 * customer or month) and the topics it publishes.
 *
 * @since 0.3
 */
@Version("0.1.0")
package org.neiqin.api.expenses;

import org.osgi.annotation.versioning.Version;
