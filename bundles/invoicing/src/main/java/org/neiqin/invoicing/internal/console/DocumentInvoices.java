package org.neiqin.invoicing.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.Link;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.RelatedRecords;
import org.neiqin.api.contracts.ContractDocument;
import org.neiqin.api.contracts.ContractLedger;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.error.Text;
import org.neiqin.api.security.SecurityService;
import org.neiqin.invoicing.internal.InvoiceQuery;
import org.neiqin.invoicing.internal.InvoiceReader;
import org.neiqin.invoicing.internal.InvoiceRow;
import org.neiqin.invoicing.internal.InvoicingModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** On an order's or contract's page: its invoices, and a new invoice request while it is in force. */
@Component(service = RelatedRecords.class, property = RelatedRecords.RECORD_TYPE + "=contracts.document")
public class DocumentInvoices implements RelatedRecords {
    private final InvoiceReader invoices;
    private final ContractLedger ledger;
    private final SecurityService security;

    @Activate
    public DocumentInvoices(@Reference InvoiceReader invoices, @Reference ContractLedger ledger,
            @Reference SecurityService security) {
        this.invoices = invoices;
        this.ledger = ledger;
        this.security = security;
    }

    @Override
    public List<Link> related(String recordType, String recordId, PageRequest r) {
        List<Link> out = new ArrayList<>();
        if (!security.isPermitted(r.actor(), InvoicingModule.READ)) {
            return out;
        }
        long id = Long.parseLong(recordId);
        for (InvoiceRow i : invoices.list(new InvoiceQuery(null, null, id, "updatedAt", false, 0, 100)).rows()) {
            // drawn on another module's page: the texts are looked up in every module's messages (r.text)
            String state = r.text(Text.of("enum.InvoiceState." + i.state().name(), i.state().name()));
            out.add(new Link(i.number() == null ? r.text(Text.of("related.request", "Invoice request {0} ({1})", i.id(),
                    state)) : r.text(Text.of("related.invoice", "Invoice {0} ({1})", i.number(), state)),
                    InvoicePage.LABEL + "?id=" + i.id()));
        }
        ContractDocument doc = ledger.find(id).orElse(null);
        if (doc != null && doc.state() == DocumentState.EFFECTIVE && doc.kind().isSale()
                && security.isPermitted(r.actor(), InvoicingModule.WRITE)) {
            out.add(new Link(r.text(Text.of("related.newInvoice", "New invoice request")), InvoicePage.LABEL
                    + "?document=" + id));
        }
        return out;
    }
}
