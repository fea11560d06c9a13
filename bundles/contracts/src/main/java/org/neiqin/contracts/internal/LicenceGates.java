package org.neiqin.contracts.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.neiqin.api.contracts.DocumentKind;
import org.neiqin.api.crm.LicenceOnFile;
import org.neiqin.api.error.Text;
import org.neiqin.kit.config.ConfigText;

/**
 * The legality of a sale (销售合法性): which licence a customer must hold on file, valid on the day, to
 * buy which products — {@code licenceGates} in {@code etc/org.neiqin.contracts.cfg}, one entry per
 * licence, {@code <licence name as the customer file names it> = <products, a regular expression over
 * the line's product>}. No order or contract of sale that needs a licence the customer lacks is
 * submitted or takes effect.
 */
final class LicenceGates {
    /** The kinds of document that sell; quotations and purchase contracts are not gated. */
    private static final Set<DocumentKind> SALES = EnumSet.of(DocumentKind.ORDER, DocumentKind.SALES_CONTRACT,
            DocumentKind.DISTRIBUTION_AGREEMENT);

    /** One licence and the products that need it. */
    record Gate(String licence, Pattern products) {
    }

    static final LicenceGates NONE = new LicenceGates(List.of());

    private final List<Gate> gates;

    private LicenceGates(List<Gate> gates) {
        this.gates = List.copyOf(gates);
    }

    /**
     * @throws IllegalArgumentException naming the entry that is not {@code licence = regular expression}:
     *         a gate that cannot be read is never dropped silently
     */
    static LicenceGates parse(String[] entries) {
        List<Gate> gates = new ArrayList<>();
        for (String raw : entries == null ? new String[0] : entries) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String entry = ConfigText.utf8(raw);
            int eq = entry.indexOf('=');
            if (eq <= 0 || entry.substring(0, eq).isBlank() || entry.substring(eq + 1).isBlank()) {
                throw new IllegalArgumentException("licenceGates entry '" + entry
                        + "' is not '<licence name> = <products, a regular expression>'");
            }
            try {
                gates.add(new Gate(entry.substring(0, eq).trim(), Pattern.compile(entry.substring(eq + 1).trim())));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("licenceGates entry '" + entry + "': " + e.getDescription(), e);
            }
        }
        return new LicenceGates(gates);
    }

    boolean isEmpty() {
        return gates.isEmpty();
    }

    /** A product sold and the licences it needs: the catalogue's own, else the gates' that match its name. */
    record Need(String product, Set<String> licences) {
    }

    /** @return the licences the gates ask of a product of this name */
    Set<String> licencesFor(String product) {
        Set<String> out = new LinkedHashSet<>();
        for (Gate g : gates) {
            if (product != null && g.products().matcher(product).matches()) {
                out.add(g.licence());
            }
        }
        return out;
    }

    /** @return the gates' problems with selling products of these names (a document of this kind) */
    List<Text> problems(DocumentKind kind, List<String> products, List<LicenceOnFile> onFile, LocalDate day) {
        if (!sells(kind)) {
            return List.of();
        }
        return problems(products.stream().map(p -> new Need(p, licencesFor(p))).toList(), onFile, day);
    }

    /** @return whether a sale of this kind of document is gated (quotations and purchases are not) */
    static boolean sells(DocumentKind kind) {
        return SALES.contains(kind);
    }

    /**
     * @return what stands in the way of selling these products to a customer with these licences on
     *         {@code day}: one sentence per product and licence it lacks; empty when the sale is legal
     */
    static List<Text> problems(List<Need> needs, List<LicenceOnFile> onFile, LocalDate day) {
        Set<Text> problems = new LinkedHashSet<>();
        for (Need need : needs) {
            for (String licence : need.licences()) {
                List<LicenceOnFile> held = onFile.stream().filter(l -> l.name().trim().equals(licence)).toList();
                if (held.stream().anyMatch(l -> l.validOn(day))) {
                    continue;
                }
                Optional<LocalDate> lastExpiry = held.stream().map(LicenceOnFile::expiresOn)
                        .max(Comparator.naturalOrder());
                problems.add(lastExpiry.isPresent()
                        ? Text.of("contracts.licence.expired", "{0} may only be sold to a holder of a valid {1}; the"
                                + " customer's expired on {2}", need.product(), licence, lastExpiry.get())
                        : Text.of("contracts.licence.missing", "{0} may only be sold to a holder of a valid {1}; the"
                                + " customer file holds none", need.product(), licence));
            }
        }
        return List.copyOf(problems);
    }
}
