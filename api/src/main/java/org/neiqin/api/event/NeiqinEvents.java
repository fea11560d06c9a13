package org.neiqin.api.event;

/**
 * Topics and property names of the framework's own events (EventAdmin). Modules declare theirs
 * in their own API package the same way: {@code neiqin/<module>/<entity>/<WHAT>}. Events are
 * posted after the transaction commits; they are never renamed silently.
 *
 * @since 0.1
 */
public final class NeiqinEvents {
    /** A document was submitted for review. Properties: document type, document id, review id, actor. */
    public static final String REVIEW_SUBMITTED = "neiqin/core/review/SUBMITTED";
    /** A review round was approved. Same properties. */
    public static final String REVIEW_APPROVED = "neiqin/core/review/APPROVED";
    /** A review round was rejected. Same properties plus {@link #REASON}. */
    public static final String REVIEW_REJECTED = "neiqin/core/review/REJECTED";
    /** A module appeared in the registry. Property: {@link #MODULE}. */
    public static final String MODULE_REGISTERED = "neiqin/core/module/REGISTERED";

    /** String: a document type, e.g. {@code contracts.order}. */
    public static final String DOCUMENT_TYPE = "documentType";
    /** String: the document's id in its module. */
    public static final String DOCUMENT_ID = "documentId";
    /** Long: the review id. */
    public static final String REVIEW_ID = "reviewId";
    /** String: the user who acted. */
    public static final String ACTOR = "actor";
    /** String: a reason given. */
    public static final String REASON = "reason";
    /** String: a module id. */
    public static final String MODULE = "module";

    private NeiqinEvents() {
    }
}
