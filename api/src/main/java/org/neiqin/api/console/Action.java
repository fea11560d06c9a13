package org.neiqin.api.console;

/**
 * What happens after a successful POST. Usually the browser is sent back with GET (so a reload
 * never posts twice) and a message is shown once. A POST that only computes something and changes
 * nothing (a dry run, a preview) may instead answer with a page directly.
 *
 * @param target console page label with optional query to show next
 * @param message shown once on that page
 * @param result a page to show at once instead of redirecting, or {@code null}
 * @since 0.1
 */
public record Action(String target, String message, Page result) {

    /** Redirects to {@code target} and shows {@code message} there once. */
    public Action(String target, String message) {
        this(target, message, null);
    }

    /** Answers with {@code page} at once: only for POSTs that change nothing. */
    public static Action show(Page page) {
        return new Action(null, null, page);
    }
}
