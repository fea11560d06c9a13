package org.neiqin.api.security;

import java.util.Set;

/**
 * Which of the office's records a caller sees and changes (Odoo's record rules are the model): every record, or only
 * those they are the salesperson of ({@code own}) and/or those of their sales region ({@code region}). A company sets
 * it per role in {@code etc/org.neiqin.security.cfg} ({@code scope.neiqin-sales = own}); a caller gets the widest
 * scope of their roles (own and region together: either), and a role without a line sees every record. A record
 * outside the caller's scope is as if it did not exist: not listed, counted, exported or reported, and 404 when asked
 * for by its id.
 *
 * @since 0.4
 */
public final class RecordScope {
    /** Every record: the scope of the system itself and of every role the configuration does not narrow. */
    public static final RecordScope ALL = new RecordScope(true, Set.of(), null);

    private final boolean all;
    private final Set<String> people;
    private final String region;

    private RecordScope(boolean all, Set<String> people, String region) {
        this.all = all;
        this.people = Set.copyOf(people);
        this.region = region == null || region.isBlank() ? null : region.trim();
    }

    /**
     * @param people the login and the name a record's salesperson may name the caller by (empty: none of their own)
     * @param region the caller's sales region, or null (none of a region)
     */
    public static RecordScope of(Set<String> people, String region) {
        return new RecordScope(false, people, region);
    }

    /** @return whether every record is in scope */
    public boolean all() {
        return all;
    }

    /** @return the login and name a record's salesperson may be written as to be in scope (empty when not narrowed by them) */
    public Set<String> people() {
        return people;
    }

    /** @return the region whose records are in scope, or null */
    public String region() {
        return region;
    }

    /** @return this scope and {@code other} together: a record either covers */
    public RecordScope or(RecordScope other) {
        if (all || other.all) {
            return ALL;
        }
        java.util.Set<String> both = new java.util.HashSet<>(people);
        both.addAll(other.people);
        if (region != null && other.region != null && !region.equals(other.region)) {
            throw new IllegalArgumentException("one caller has one region");
        }
        return new RecordScope(false, both, region != null ? region : other.region);
    }

    /** @return whether a record of {@code salesperson} and {@code region} is in this scope */
    public boolean covers(String salesperson, String region) {
        return all || salesperson != null && people.contains(salesperson.trim())
                || this.region != null && this.region.equals(region);
    }

    @Override
    public String toString() {
        return all ? "all" : "own " + people + (region == null ? "" : " or region " + region);
    }
}
