package org.neiqin.core.internal.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import org.neiqin.api.time.CompanyClock;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The company clock from {@code etc/org.neiqin.clock.cfg}: {@code zone} (a region id such as
 * {@code Asia/Shanghai}; the server's zone when unset) and {@code weekStart} ({@code MONDAY} when
 * unset). A value that is not one is logged and the one in force is kept.
 *
 * <p>Tests move the clock with a {@link Clock} service registered with {@code neiqin.clock=test}
 * (neiqin-testing's {@code TestClock}): code, not configuration, so a production install cannot be
 * moved by editing a file.
 */
@Component(service = CompanyClock.class, configurationPid = CompanyClockImpl.PID)
public class CompanyClockImpl implements CompanyClock {
    static final String PID = "org.neiqin.clock";
    private static final Logger LOG = LoggerFactory.getLogger(CompanyClockImpl.class);

    private volatile ZoneId zone = ZoneId.systemDefault();
    private volatile DayOfWeek weekStart = DayOfWeek.MONDAY;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = "(neiqin.clock=test)")
    private volatile Clock moved;

    @Activate
    public CompanyClockImpl(Map<String, Object> config) {
        modified(config);
    }

    @Modified
    void modified(Map<String, Object> config) {
        Object z = config.get("zone");
        if (z == null || String.valueOf(z).isBlank()) {
            zone = ZoneId.systemDefault();
        } else {
            try {
                zone = ZoneId.of(String.valueOf(z).trim());
            } catch (DateTimeException e) {
                LOG.error("etc/{}.cfg: zone = {} is not a time zone (e.g. Asia/Shanghai); {} stays in force", PID, z,
                        zone);
            }
        }
        Object w = config.get("weekStart");
        if (w == null || String.valueOf(w).isBlank()) {
            weekStart = DayOfWeek.MONDAY;
        } else {
            try {
                weekStart = DayOfWeek.valueOf(String.valueOf(w).trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                LOG.error("etc/{}.cfg: weekStart = {} is not a day of the week (MONDAY ... SUNDAY); {} stays in force",
                        PID, w, weekStart);
            }
        }
    }

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    @Override
    public Instant now() {
        Clock test = moved;
        return (test == null ? Instant.now() : test.instant()).truncatedTo(ChronoUnit.MILLIS);
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public DayOfWeek weekStart() {
        return weekStart;
    }
}
