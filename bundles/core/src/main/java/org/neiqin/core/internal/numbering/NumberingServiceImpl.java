package org.neiqin.core.internal.numbering;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import org.neiqin.api.error.Text;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.module.NumberingDef;
import org.neiqin.api.numbering.NumberRange;
import org.neiqin.api.numbering.NumberingService;
import org.neiqin.api.numbering.ResetPeriod;
import org.neiqin.core.internal.db.CoreDatabase;
import org.neiqin.core.internal.db.Jdbc;
import org.neiqin.core.internal.registry.ModuleRegistryImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

/**
 * Numbers drawn from a counter row locked by an UPDATE in the caller's transaction: concurrent
 * issuers of the same counter queue on the row lock, and a rollback undoes the increment, so the
 * committed numbers are contiguous. Patterns come from module descriptors and may be overridden
 * in {@code etc/org.neiqin.numbering.cfg} as {@code <type>.pattern} / {@code <type>.reset}, where
 * new types may be defined as well.
 */
@Component(configurationPid = "org.neiqin.numbering", service = NumberingService.class)
public class NumberingServiceImpl implements NumberingService {
    private final CoreDatabase db;
    private final ModuleRegistryImpl registry;
    private volatile Map<String, Object> config;

    @Activate
    public NumberingServiceImpl(@Reference CoreDatabase db, @Reference ModuleRegistryImpl registry,
            Map<String, Object> config) {
        this.db = db;
        this.registry = registry;
        this.config = config;
    }

    @Modified
    void modified(Map<String, Object> config) {
        this.config = config;
    }

    @Override
    public String next(String documentType, LocalDate date, Map<String, String> attributes) {
        return reserve(documentType, date, attributes, 1).get(0);
    }

    @Override
    public NumberRange reserve(String documentType, LocalDate date, Map<String, String> attributes, int count) {
        Objects.requireNonNull(date, "date");
        if (count < 1) {
            throw new IllegalArgumentException("a range holds 1 number or more, not " + count);
        }
        if (!db.tx().active()) {
            throw new IllegalStateException("a document number is drawn inside the transaction that issues the document");
        }
        NumberPattern pattern = NumberPattern.parse(pattern(documentType));
        String key = pattern.counterKey(documentType, reset(documentType), date, attributes);
        Jdbc jdbc = db.jdbc();
        // the UPDATE takes the row lock that serialises issuers until our transaction ends
        String move = "UPDATE NQ_COUNTER SET LAST_VALUE = LAST_VALUE + ? WHERE COUNTER_KEY = ?";
        if (jdbc.update(move, count, key) == 0) {
            jdbc.insertIfAbsent("NQ_COUNTER", "COUNTER_KEY", "COUNTER_KEY, LAST_VALUE", key, 0L);
            if (jdbc.update(move, count, key) != 1) {
                throw new IllegalStateException("counter " + key + " is missing");
            }
        }
        long last = jdbc.one("SELECT LAST_VALUE FROM NQ_COUNTER WHERE COUNTER_KEY = ?", rs -> rs.getLong(1), key)
                .orElseThrow();
        long first = last - count + 1;
        Map<String, String> attrs = new java.util.HashMap<>(attributes);
        return new NumberRange() {
            @Override
            public int size() {
                return count;
            }

            @Override
            public String get(int i) {
                Objects.checkIndex(i, count);
                return pattern.format(date, attrs, first + i);
            }
        };
    }

    @Override
    public String pattern(String documentType) {
        Object configured = config.get(documentType + ".pattern");
        if (configured != null) {
            return configured.toString().trim();
        }
        return registry.numbering(documentType).map(NumberingDef::pattern).orElseThrow(() -> new ValidationException(
                "documentType", "unknown", Text.of("core.numbering.noPattern", "no numbering pattern is defined for"
                        + " document type '{0}' (define {0}.pattern in etc/org.neiqin.numbering.cfg)", documentType)));
    }

    ResetPeriod reset(String documentType) {
        Object configured = config.get(documentType + ".reset");
        if (configured != null) {
            try {
                return ResetPeriod.valueOf(configured.toString().trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                throw new ValidationException("reset", "unknown", Text.of("core.numbering.reset",
                        "{0}.reset must be NEVER, YEARLY or MONTHLY", documentType));
            }
        }
        return registry.numbering(documentType).map(NumberingDef::reset).orElse(ResetPeriod.NEVER);
    }
}
