package org.neiqin.contracts.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Block;
import org.neiqin.api.console.Link;
import org.neiqin.api.console.Links;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.contracts.ContractLine;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.contracts.internal.DocumentView;

/**
 * While a document is prepared: each line naming a catalogue product the price lists have no price for (for this
 * customer on its date) points to a unit-price request for it, the way the office asks a manager for a price.
 */
final class UnpricedLines {
    /** The catalogue's page of unit-price requests (neiqin-catalog), its form filled from the query. */
    private static final String PRICE_REQUESTS = "neiqin-price-requests";

    private UnpricedLines() {
    }

    /** @param applies whether the catalogue is installed and the reader prepares documents */
    static void hint(PageRequest r, DocumentView v, boolean applies, List<Block> blocks) {
        if (!applies || (v.state() != DocumentState.DRAFT && v.state() != DocumentState.IN_REVIEW)) {
            return;
        }
        List<Link> requests = new ArrayList<>();
        for (ContractLine l : v.lines()) {
            if (l.productId() != null && l.listPrice() == null) {
                requests.add(new Link(r.msg("document.unpriced.request", l.lineNo(), l.product()), PRICE_REQUESTS
                        + "?customerId=" + v.data().customerId() + "&productId=" + l.productId() + "&quantity="
                        + DocumentTabs.plain(l.quantity())));
            }
        }
        if (!requests.isEmpty()) {
            blocks.add(new Notice(Notice.Level.INFO, r.msg("document.unpriced", requests.size())));
            blocks.add(new Links(requests));
        }
    }
}
