/**
 * E-mail where the office would send one (the collection ladder's reminder to the salesperson, the overdue letter and
 * the statement to the customer): one {@link org.neiqin.api.mail.Mailer} over the SMTP server set in
 * {@code etc/org.neiqin.mail.cfg}.
 *
 * @since 0.3
 */
@Version("0.1.0")
package org.neiqin.api.mail;

import org.osgi.annotation.versioning.Version;
