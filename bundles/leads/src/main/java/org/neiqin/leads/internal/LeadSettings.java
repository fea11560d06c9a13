package org.neiqin.leads.internal;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neiqin.api.http.ClientAddress;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The leads' settings ({@code etc/org.neiqin.leads.cfg}): the public intake's limits and trusted proxies, when an
 * inquiry is a repeat, each salesperson's cap of open leads, and the follow-up clock. A value that cannot be read stops
 * the module with the reason in the log rather than running without a limit.
 */
@Component(service = LeadSettings.class, configurationPid = LeadSettings.PID)
@Designate(ocd = LeadSettings.Config.class)
public class LeadSettings {
    static final String PID = "org.neiqin.leads";

    @ObjectClassDefinition(name = "Neiqin investment leads")
    public @interface Config {
        @AttributeDefinition(description = "Public submissions one client address may make within the window")
        int perAddress() default 10;

        @AttributeDefinition(description = "Public submissions one phone number or e-mail address may make within the window")
        int perContact() default 3;

        @AttributeDefinition(description = "The window of the limits (ISO duration)")
        String window() default "PT1H";

        @AttributeDefinition(description = "Proxies whose X-Forwarded-For is believed: addresses or address/prefix")
        String[] trustedProxies() default {"127.0.0.1", "::1"};

        @AttributeDefinition(description = "An inquiry within this of an open lead's last with the same contact is a"
                + " touch on it (ISO period)")
        String repeatWithin() default "P90D";

        @AttributeDefinition(description = "What makes an inquiry the same as a lead's: phone, email, company")
        String[] repeatBy() default {"phone", "email"};

        @AttributeDefinition(description = "The open leads a salesperson may hold (客保数量)")
        int cap() default 30;

        @AttributeDefinition(description = "Caps of their own, each 'login | open leads'")
        String[] caps() default {};

        @AttributeDefinition(description = "A new or assigned lead is first called within this many days")
        int firstContactDays() default 1;

        @AttributeDefinition(description = "After a call, the next one is due this many days later unless the caller"
                + " names the day")
        int followUpDays() default 7;

        @AttributeDefinition(description = "Days after the next-contact day: the owner is reminded")
        int remindAfter() default 1;

        @AttributeDefinition(description = "Days after the next-contact day: the managers are told")
        int noticeAfter() default 3;

        @AttributeDefinition(description = "Days after the next-contact day: the lead goes back to the public pool")
        int poolAfter() default 7;

        @AttributeDefinition(description = "The managers told of leads not followed up (logins)")
        String[] managers() default {"manager"};
    }

    public enum Match { PHONE, EMAIL, COMPANY }

    /** The settings as read last. */
    public record Values(int perAddress, int perContact, Duration window, List<ClientAddress.Range> trustedProxies,
            Period repeatWithin, Set<Match> repeatBy, int cap, Map<String, Integer> caps, int firstContactDays,
            int followUpDays, int remindAfter, int noticeAfter, int poolAfter, List<String> managers) {
        /** @return the open leads {@code login} may hold */
        public int capOf(String login) {
            return caps.getOrDefault(login, cap);
        }
    }

    private volatile Values values;

    @Activate
    public LeadSettings(Config config) {
        modified(config);
    }

    @Modified
    void modified(Config c) {
        values = read(c);
    }

    public Values values() {
        return values;
    }

    static Values read(Config c) {
        if (c.perAddress() < 1 || c.perContact() < 1) {
            throw new IllegalArgumentException("perAddress and perContact are at least 1");
        }
        if (!(c.remindAfter() <= c.noticeAfter() && c.noticeAfter() <= c.poolAfter()) || c.remindAfter() < 0) {
            throw new IllegalArgumentException("the clock's days go remindAfter <= noticeAfter <= poolAfter, from 0");
        }
        List<ClientAddress.Range> proxies = new ArrayList<>();
        for (String p : c.trustedProxies()) {
            if (!p.isBlank()) {
                proxies.add(ClientAddress.Range.parse(p.trim()));
            }
        }
        Set<Match> by = new LinkedHashSet<>();
        for (String m : c.repeatBy()) {
            if (!m.isBlank()) {
                by.add(Match.valueOf(m.trim().toUpperCase(Locale.ROOT)));
            }
        }
        Map<String, Integer> caps = new HashMap<>();
        for (String line : c.caps()) {
            String[] p = line.split("\\|");
            if (p.length != 2) {
                throw new IllegalArgumentException("a cap is 'login | open leads': " + line);
            }
            caps.put(p[0].trim(), Integer.parseInt(p[1].trim()));
        }
        List<String> managers = new ArrayList<>();
        for (String m : c.managers()) {
            if (!m.isBlank()) {
                managers.add(m.trim());
            }
        }
        return new Values(c.perAddress(), c.perContact(), Duration.parse(c.window().trim()), List.copyOf(proxies),
                Period.parse(c.repeatWithin().trim()), Set.copyOf(by), c.cap(), Map.copyOf(caps), c.firstContactDays(),
                c.followUpDays(), c.remindAfter(), c.noticeAfter(), c.poolAfter(), List.copyOf(managers));
    }
}
