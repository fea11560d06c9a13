package org.neiqin.api.console;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Links from a record's page to other modules' records about it, and to the steps that start one:
 * an order's page lists its delivery notes (and later its invoices) and offers "new delivery note",
 * without the page's module knowing the modules that add them. Registered by the module that
 * holds those records, with the service property {@value #RECORD_TYPE} naming the records it
 * links from (e.g. {@code contracts.document}); read by the page that shows such a record.
 *
 * <p>Called as the reader: a module links only what the reader may see or do, and nothing otherwise.
 *
 * @since 0.7
 */
@ConsumerType
public interface RelatedRecords {
    /** Service property naming the record type(s) a provider links from. */
    String RECORD_TYPE = "neiqin.record.type";

    /**
     * @param recordType the type of the record shown, e.g. {@code contracts.document}
     * @param recordId its id
     * @param r the page's request (the reader, their language)
     * @return links to related records and steps, in the order shown; empty when there are none
     */
    List<Link> related(String recordType, String recordId, PageRequest r);
}
