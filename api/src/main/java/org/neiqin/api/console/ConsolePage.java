package org.neiqin.api.console;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page a module adds to the web console, under the category "Neiqin". Register it as a
 * service; the toolkit authenticates the user, checks {@link #permission()}, renders what
 * {@link #render(PageRequest)} describes, and only calls {@link #submit(PageRequest)} for a POST
 * that carries a valid CSRF token from the same origin. Any
 * {@link org.neiqin.api.error.NeiqinException} thrown is shown to the user as a message.
 *
 * @since 0.1
 */
@ConsumerType
public interface ConsolePage {

    /** @return the URL segment under {@code /system/console/}; starts with {@code neiqin}. */
    String label();

    /** @return the menu title. */
    String title();

    /** @return the permission a user needs to open the page. */
    String permission();

    /** @return what to show for a GET. */
    Page render(PageRequest request);

    /**
     * Handles a POST.
     *
     * @throws org.neiqin.api.error.ValidationException with the fields to correct; nothing was changed
     */
    default Action submit(PageRequest request) {
        throw new org.neiqin.api.error.ConflictException("read-only", "this page does not accept changes");
    }
}
