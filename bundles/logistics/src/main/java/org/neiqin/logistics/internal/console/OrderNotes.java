package org.neiqin.logistics.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Link;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.RelatedRecords;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.contracts.ContractLedger;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.security.SecurityService;
import org.neiqin.api.error.Text;
import org.neiqin.logistics.internal.LogisticsModule;
import org.neiqin.logistics.internal.NoteReader;
import org.neiqin.logistics.internal.NoteView;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * On an order's or contract's page: its delivery notes, each a link with its state, and "new
 * delivery note" for an order in force, which opens the note's form for that order.
 */
@Component(service = RelatedRecords.class, property = RelatedRecords.RECORD_TYPE + "=contracts.document")
public class OrderNotes implements RelatedRecords {
    private final NoteReader notes;
    private final ContractLedger ledger;
    private final SecurityService security;

    @Activate
    public OrderNotes(@Reference NoteReader notes, @Reference ContractLedger ledger, @Reference SecurityService security) {
        this.notes = notes;
        this.ledger = ledger;
        this.security = security;
    }

    @Override
    public List<Link> related(String recordType, String recordId, PageRequest r) {
        List<Link> out = new ArrayList<>();
        if (!security.isPermitted(r.actor(), LogisticsModule.READ)) {
            return out;
        }
        long id = Long.parseLong(recordId);
        for (NoteView n : notes.ofDocument(id)) {
            // drawn on another module's page: the texts are looked up in every module's messages (r.text), not the page's
            String state = r.text(Text.of("enum.NoteState." + n.state().name(), n.state().name()));
            out.add(new Link(r.text(Text.of("related.note", "Delivery note {0} ({1})", n.code(), state)),
                    NotePage.LABEL + "?id=" + n.id()));
        }
        ContractDocument doc = ledger.find(id).orElse(null);
        if (doc != null && doc.state() == DocumentState.EFFECTIVE && doc.kind().isSale()
                && security.isPermitted(r.actor(), LogisticsModule.WRITE)) {
            out.add(new Link(r.text(Text.of("related.newNote", "New delivery note for this order")), NotePage.LABEL + "?new=1&order="
                    + java.net.URLEncoder.encode(doc.number(), java.nio.charset.StandardCharsets.UTF_8)));
        }
        return out;
    }
}
