/**
 * What the investment leads module gives others: the leads per region or customer ({@link LeadDirectory}) and the
 * topics it publishes ({@link LeadsEvents}).
 *
 * @since 0.3
 */
@Version("0.1.0")
package org.neiqin.api.leads;

import org.osgi.annotation.versioning.Version;
