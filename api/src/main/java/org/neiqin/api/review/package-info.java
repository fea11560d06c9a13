/**
 * Four-eyes review of documents: N reviews by amount threshold, the preparer never approves, every decision recorded.
 *
 * @since 0.1
 */
@Version("0.2.0")
package org.neiqin.api.review;

import org.osgi.annotation.versioning.Version;
