package org.neiqin.core.internal.people;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.neiqin.api.config.ConfigText;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * The people behind the logins, as the office calls them: {@code etc/org.neiqin.people.cfg}, one
 * line per login ({@code assistant = 李娜}, UTF-8 or backslash-u escapes). Pages show a person by name
 * where they show who did something (a history, a record's way); a login without a line shows as
 * the login. The audit trail itself keeps logins.
 */
@Component(service = People.class, configurationPid = People.PID)
public class People {
    static final String PID = "org.neiqin.people";
    private volatile Map<String, String> names = Map.of();
    private volatile Map<String, String> mail = Map.of();

    @Activate
    public People(Map<String, Object> config) {
        modified(config);
    }

    @Modified
    void modified(Map<String, Object> config) {
        Map<String, String> read = new HashMap<>();
        Map<String, String> addresses = new HashMap<>();
        config.forEach((k, v) -> {
            if (k.endsWith(".email") && v != null && !String.valueOf(v).isBlank()) {
                addresses.put(k.substring(0, k.length() - ".email".length()), String.valueOf(v).trim());
                return;
            }
            // the configuration's own keys (service.pid, felix.fileinstall.filename, component.name) are no logins
            if (v != null && !k.startsWith("service.") && !k.startsWith("felix.") && !k.startsWith("component.")
                    && !k.startsWith("osgi.") && !String.valueOf(v).isBlank()) {
                read.put(k, ConfigText.utf8(String.valueOf(v).trim()));
            }
        });
        names = Collections.unmodifiableMap(read);
        mail = Collections.unmodifiableMap(addresses);
    }

    /** @return the person's e-mail address ({@code login.email}), if the file gives one */
    public java.util.Optional<String> email(String login) {
        return java.util.Optional.ofNullable(login == null ? null : mail.get(login));
    }

    /** @return the person's name, else the login as it is; empty for none */
    public String name(String login) {
        if (login == null) {
            return "";
        }
        return names.getOrDefault(login, login);
    }
}
