package org.neiqin.api.console;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What a reviewer sees of the document under review, on the review page, above the decision:
 * registered by the module that owns the document type (service property
 * {@value #DOCUMENT_TYPE}, the same types as its {@code ReviewHandler}), so that nobody approves
 * blind. Typically the document's main facts, its lines with their total, and a link to its page.
 *
 * <p>Called as the reviewer: a module shows only what the reviewer may read, and throws its usual
 * refusal (403, 404) otherwise; the review page then says so in place of the preview.
 *
 * @since 0.7
 */
@ConsumerType
public interface ReviewPreview {
    /** Service property naming the document type(s) previewed, e.g. {@code contracts.order}. */
    String DOCUMENT_TYPE = org.neiqin.api.review.ReviewHandler.DOCUMENT_TYPE;

    /**
     * @param documentType the review's document type
     * @param documentId the review's document reference, as the module made it
     * @param r the review page's request (the reader's language, time and messages)
     * @return the blocks to show: facts, lines, a link to the document
     */
    List<Block> preview(String documentType, String documentId, PageRequest r);
}
