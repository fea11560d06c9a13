/**
 * What every part of Neiqin that answers HTTP shares: who the client is behind the proxies the company trusts.
 *
 * @since 0.1
 */
@Version("0.1.0")
package org.neiqin.api.http;

import org.osgi.annotation.versioning.Version;
