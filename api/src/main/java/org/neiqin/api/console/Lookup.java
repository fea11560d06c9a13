package org.neiqin.api.console;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Records a form field chooses by searching (a {@link Field#lookup} field): a module registers one per
 * kind of record it owns (crm: {@code customer}), and every module's forms use it by name. The
 * console asks it as the user types, as that user.
 *
 * @since 0.8
 */
@ConsumerType
public interface Lookup {
    /** @return the name fields use, e.g. {@code customer}; unique among lookups */
    String name();

    /** @return the permission a user needs to search, e.g. {@code crm.read} */
    String permission();

    /**
     * @param text what the user typed (part of a code or a name); never {@code null}, may be empty
     * @param limit the most choices to return
     * @return matching records, best first: the key sent with the form and what the user reads
     */
    List<Field.Option> search(String text, int limit);

    /** @return the record with key {@code value} as the user reads it, if it exists and may be read */
    Optional<Field.Option> find(String value);
}
