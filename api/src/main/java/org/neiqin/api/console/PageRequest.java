package org.neiqin.api.console;

import java.util.List;
import java.util.Locale;

import org.neiqin.api.security.Actor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One request to a console page, as the toolkit hands it over: the authenticated actor, the
 * chosen language and the parameters.
 *
 * @since 0.1
 */
@ProviderType
public interface PageRequest {
    Actor actor();

    /** @return English or Simplified Chinese, from the user's choice or the browser. */
    Locale locale();

    /** @return a parameter, trimmed, or {@code null} when absent or blank. */
    String param(String name);

    List<String> params(String name);

    /**
     * @return a required whole-number parameter (an id, a version)
     * @throws org.neiqin.api.error.ValidationException naming the parameter when it is missing or not a number
     */
    long number(String name);

    /** @return requested page number (1-based, at least 1). */
    int page();

    /** @return rows per page (default 25, at most 200). */
    int pageSize();

    /** @return whether the whole list is wanted for a CSV export instead of one page. */
    boolean isExport();

    /**
     * @return the message {@code key} from the page's bundle ({@code OSGI-INF/l10n/messages*.properties}),
     *         else from core's shared words ({@code filter.*}, labels of api enums), in the request's
     *         language (else English), formatted with {@code args}; the key itself if missing
     */
    String msg(String key, Object... args);

    /**
     * @return a text (a service's message, a stored title) in the request's language: its key looked
     *         up in this page's bundle, core's, then every module's messages, else its English
     * @since 0.3
     */
    String text(org.neiqin.api.error.Text text);

    /**
     * @return the file the user picked in the form's {@link Field.Type#FILE} field {@code name}, as
     *         uploaded; null when none was picked. The name the browser gave it is the parameter
     *         {@code name + ".filename"}.
     * @since 0.5
     */
    default byte[] file(String name) {
        return null;
    }

    /**
     * @return the names of every parameter the request carries (its query and, for a POST, its form)
     * @since 0.5
     */
    default java.util.Set<String> paramNames() {
        return java.util.Set.of();
    }

    /**
     * @return the person behind a login as the office calls them ({@code etc/org.neiqin.people.cfg}:
     *         {@code assistant = 李娜}), else the login; for who prepared, decided or changed something
     * @since 0.8
     */
    default String person(String login) {
        return login == null ? "" : login;
    }

    /**
     * @return a sales region's name as the office calls it ({@code etc/org.neiqin.regions.cfg}: {@code LN = 辽宁 |
     *         Liaoning}) in the reader's language, else the code; records keep the code
     * @since 0.9
     */
    default String region(String code) {
        return code == null ? "" : code;
    }

    /**
     * @return a route's name within its region ({@code LN.SY = 沈阳 | Shenyang}) in the reader's language, else the
     *         route's code
     * @since 0.9
     */
    default String route(String region, String route) {
        return route == null ? "" : route;
    }

    /**
     * @return the regions named, code → name in the reader's language, by code: a region filter's choices
     * @since 0.9
     */
    default java.util.Map<String, String> regions() {
        return java.util.Map.of();
    }

    /**
     * @return an instant as users read it: in the company's time zone ({@code etc/org.neiqin.clock.cfg}),
     *         {@code yyyy-MM-dd HH:mm}; empty for none. Stored instants are UTC; pages never show them raw.
     * @since 0.6
     */
    default String time(java.time.Instant at) {
        return at == null ? "" : at.toString();
    }
}
