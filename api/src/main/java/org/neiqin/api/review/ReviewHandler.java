package org.neiqin.api.review;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Registered by the module that owns a document type (service property {@value #DOCUMENT_TYPE}),
 * so that a decision taken anywhere (the review inbox, REST, the shell) reaches the document.
 * Called inside the deciding transaction: if it throws, the decision is rolled back too.
 *
 * @since 0.1
 */
@ConsumerType
public interface ReviewHandler {
    /** Service property naming the document type(s) handled. */
    String DOCUMENT_TYPE = "neiqin.document.type";

    /** The last required approval was given: make the document take effect. */
    void approved(Review review);

    /** A reviewer rejected it: return it to its preparer. */
    void rejected(Review review);
}
