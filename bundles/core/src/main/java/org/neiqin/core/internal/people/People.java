package org.neiqin.core.internal.people;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neiqin.api.config.ConfigText;
import org.neiqin.api.people.PeopleDirectory;
import org.neiqin.api.people.Person;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * The people behind the logins, as the office calls them: {@code etc/org.neiqin.people.cfg}, one
 * line per login ({@code assistant = 李娜}, UTF-8 or backslash-u escapes) and, for a login, its
 * {@code .email}, {@code .grade} (travel standards), {@code .region} and {@code .department} (budgets).
 * Pages show a person by name where they show who did something (a history, a record's way); a login
 * without a line shows as the login. The audit trail itself keeps logins.
 */
@Component(service = {People.class, PeopleDirectory.class}, configurationPid = People.PID)
public class People implements PeopleDirectory {
    static final String PID = "org.neiqin.people";
    /** The attributes a login may have besides its name: {@code login.<attribute> = value}. */
    private static final List<String> ATTRIBUTES = List.of("email", "grade", "region", "department", "active");
    private volatile Map<String, Person> people = Map.of();

    @Activate
    public People(Map<String, Object> config) {
        modified(config);
    }

    @Modified
    void modified(Map<String, Object> config) {
        Map<String, String> names = new TreeMap<>();
        Map<String, Map<String, String>> attributes = new HashMap<>();
        config.forEach((k, v) -> {
            // the configuration's own keys (service.pid, felix.fileinstall.filename, component.name) are no logins
            if (v == null || String.valueOf(v).isBlank() || k.startsWith("service.") || k.startsWith("felix.")
                    || k.startsWith("component.") || k.startsWith("osgi.")) {
                return;
            }
            String value = ConfigText.utf8(String.valueOf(v).trim());
            int dot = k.lastIndexOf('.');
            if (dot > 0 && ATTRIBUTES.contains(k.substring(dot + 1))) {
                attributes.computeIfAbsent(k.substring(0, dot), x -> new HashMap<>()).put(k.substring(dot + 1), value);
            } else {
                names.put(k, value);
            }
        });
        Map<String, Person> read = new TreeMap<>();
        for (String login : union(names, attributes)) {
            Map<String, String> a = attributes.getOrDefault(login, Map.of());
            read.put(login, new Person(login, names.getOrDefault(login, login), a.get("email"), a.get("grade"),
                    a.get("region"), a.get("department"), !"false".equalsIgnoreCase(a.get("active"))));
        }
        people = Collections.unmodifiableMap(read);
    }

    private static java.util.Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        java.util.Set<String> s = new java.util.TreeSet<>(a.keySet());
        s.addAll(b.keySet());
        return s;
    }

    /** @return the person's e-mail address ({@code login.email}), if the file gives one */
    public java.util.Optional<String> email(String login) {
        return java.util.Optional.ofNullable(login == null ? null : person(login).email());
    }

    /** @return the person's name, else the login as it is; empty for none */
    public String name(String login) {
        if (login == null) {
            return "";
        }
        return person(login).name();
    }

    @Override
    public Person person(String login) {
        Person p = login == null ? null : people.get(login);
        return p != null ? p : new Person(login, login, null, null, null, null);
    }

    @Override
    public List<Person> all() {
        return List.copyOf(people.values());
    }
}
