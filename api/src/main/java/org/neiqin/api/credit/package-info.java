/**
 * The credit ledger: what each module reports a customer owes ({@link org.neiqin.api.credit.CreditSource}),
 * summed by one service ({@link org.neiqin.api.credit.CreditService}) that every credit check reads, whoever
 * the user is, and one credit rule ({@link org.neiqin.api.credit.CreditCheck}).
 *
 * @since 0.2
 */
@Version("0.2.0")
package org.neiqin.api.credit;

import org.osgi.annotation.versioning.Version;
