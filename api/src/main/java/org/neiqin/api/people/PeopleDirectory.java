package org.neiqin.api.people;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The people the office knows ({@code etc/org.neiqin.people.cfg}: {@code login = name}, {@code login.email},
 * {@code login.grade}, {@code login.region}, {@code login.department}).
 *
 * @since 0.3
 */
@ProviderType
public interface PeopleDirectory {
    /** @return the person behind {@code login}; a login the file does not name reads as itself with nothing else */
    Person person(String login);

    /** @return every person the file names, by login */
    List<Person> all();
}
