package org.neiqin.api.people;

/**
 * One person behind a login.
 *
 * @param login the Karaf login
 * @param name how the office calls them (the login when the file names nobody)
 * @param email where mail to them goes, or {@code null}
 * @param grade their grade for travel standards ({@code login.grade}), or {@code null}
 * @param region the sales region they work ({@code login.region}), or {@code null}
 * @param department their department ({@code login.department}), or {@code null}
 * @param active whether they take new work ({@code login.active = false} for someone who left or is away: nothing is
 *        assigned to them automatically); {@code true} unless the file says otherwise
 * @since 0.3
 */
public record Person(String login, String name, String email, String grade, String region, String department,
        boolean active) {
    /**
     * A person who takes new work.
     *
     * @since 0.3
     */
    public Person(String login, String name, String email, String grade, String region, String department) {
        this(login, name, email, grade, region, department, true);
    }
}
