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
    /** {@link #menuOrder()} of a page reached only through links, e.g. a card that needs a record's id. */
    int NOT_IN_MENU = -1;

    /** @return the URL segment under {@code /system/console/}; starts with {@code neiqin}. */
    String label();

    /**
     * @return the menu title in English; the title in another language is the message
     *         {@code title.<label>} of the page's bundle, where it exists
     */
    String title();

    /**
     * @return where the page stands in the menu, lower first (core's pages 0-99 and 900 up, then each module's
     *         in a hundred of its own: crm 100, contracts 200, ...), or {@link #NOT_IN_MENU}. The menu
     *         shows a user only the pages their roles may open.
     * @since 0.3
     */
    default int menuOrder() {
        return 500;
    }

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
