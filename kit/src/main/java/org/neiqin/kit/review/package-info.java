/**
 * A module's review rounds as core's review service knows them: the review type and the document id,
 * made and read in one typed place so that every module's review handler reads them alike.
 *
 * @since 0.2 (of the kit)
 */
@org.osgi.annotation.versioning.Version("0.2.0")
package org.neiqin.kit.review;
