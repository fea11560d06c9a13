package org.neiqin.api.module;

import java.util.ArrayList;
import java.util.List;

/**
 * What a module tells the framework about itself: identity, the permissions it defines, the
 * numbering and review rules of its documents, its console pages and its reports.
 *
 * @since 0.1
 */
public final class ModuleDescriptor {
    private final String id;
    private final String name;
    private final String description;
    private final List<PermissionDef> permissions;
    private final List<NumberingDef> numbering;
    private final List<ReviewDef> reviews;
    private final List<String> reports;

    private ModuleDescriptor(Builder b) {
        this.id = b.id;
        this.name = b.name;
        this.description = b.description;
        this.permissions = List.copyOf(b.permissions);
        this.numbering = List.copyOf(b.numbering);
        this.reviews = List.copyOf(b.reviews);
        this.reports = List.copyOf(b.reports);
    }

    /** @param id short lower-case id, also the shell scope and the prefix of permissions, e.g. {@code crm} */
    public static Builder builder(String id, String name) { return new Builder(id, name); }

    public String id() { return id; }

    public String name() { return name; }

    public String description() { return description; }

    public List<PermissionDef> permissions() { return permissions; }

    public List<NumberingDef> numbering() { return numbering; }

    public List<ReviewDef> reviews() { return reviews; }

    public List<String> reports() { return reports; }

    /** Builds a descriptor. */
    public static final class Builder {
        private final String id;
        private final String name;
        private String description = "";
        private final List<PermissionDef> permissions = new ArrayList<>();
        private final List<NumberingDef> numbering = new ArrayList<>();
        private final List<ReviewDef> reviews = new ArrayList<>();
        private final List<String> reports = new ArrayList<>();

        private Builder(String id, String name) {
            if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("module id must be lower case letters, digits and '-': " + id);
            }
            this.id = id;
            this.name = name;
        }

        public Builder description(String d) { this.description = d; return this; }

        public Builder permission(PermissionDef p) {
            if (!p.name().startsWith(id + ".")) {
                throw new IllegalArgumentException("permission " + p.name() + " must start with " + id + ".");
            }
            permissions.add(p);
            return this;
        }

        public Builder numbering(NumberingDef n) { numbering.add(n); return this; }

        public Builder review(ReviewDef r) { reviews.add(r); return this; }

        public Builder report(String title) { reports.add(title); return this; }

        public ModuleDescriptor build() { return new ModuleDescriptor(this); }
    }
}
