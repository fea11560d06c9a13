package org.neiqin.api.console;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Work waiting for the user, counted by a module for the home page ("reviews waiting for me",
 * "late deliveries", "claims to verify"). Register it as a service; the home page asks every
 * installed source as the logged-in user and shows each item as a count with a link.
 *
 * @since 0.3
 */
@ConsumerType
public interface WorkSource {

    /**
     * @param request the home page's request: {@link PageRequest#actor()} is the user, and
     *        {@link PageRequest#msg} reads this source's own bundle's messages
     * @return the items for this user: only what their roles let them open (none when they may not)
     */
    List<WorkItem> work(PageRequest request);

    /**
     * One count on the home page.
     *
     * @param text what is counted, in the user's language
     * @param count how many (0 is shown too, so a user sees that nothing waits)
     * @param href the console page that lists them (a label with an optional query)
     * @param urgent whether it is overdue or blocks someone (drawn to stand out when not 0)
     */
    record WorkItem(String text, long count, String href, boolean urgent) {
    }
}
