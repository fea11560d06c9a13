package org.neiqin.api.numbering;

import java.time.LocalDate;
import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Legal document numbers: gapless, unique, never reused.
 *
 * <p>A pattern mixes fixed text with placeholders: {@code {yyyy}}, {@code {yy}}, {@code {MM}},
 * {@code {dd}} (the document date), {@code {seq:N}} (the counter, zero-padded to N digits) and
 * {@code {name}} for an attribute the caller supplies (e.g. {@code {region}}). Example:
 * {@code INV-{yyyy}-{seq:5}} gives {@code INV-2026-00042}. A counter is kept per document type,
 * reset period and the values of the attributes the pattern uses, so {@code LN-SY-NO.0042} and
 * {@code LN-DL-NO.0042} can both exist.
 *
 * <p>The number is drawn from a locked counter row in the caller's transaction: if it rolls back,
 * the number is returned to the counter; two issuers never get the same number.
 *
 * @since 0.1
 */
@ProviderType
public interface NumberingService {

    /**
     * @return the next number of {@code documentType} for a document dated {@code date}
     * @throws IllegalStateException if no transaction is active
     * @throws org.neiqin.api.error.ValidationException if the type is unknown or an attribute is missing
     */
    String next(String documentType, LocalDate date, Map<String, String> attributes);

    /**
     * {@code count} consecutive numbers at once, for an import of many records in one transaction:
     * the counter is moved on by {@code count} in one step (on PostgreSQL, updating one row thousands of
     * times in one transaction slows every further update of it), with the same guarantees as
     * {@link #next}: gapless, unique, returned to the counter on rollback.
     *
     * @param count 1 or more
     * @since 0.3
     */
    NumberRange reserve(String documentType, LocalDate date, Map<String, String> attributes, int count);

    /** @return the pattern in force for {@code documentType}. */
    String pattern(String documentType);
}
