package org.neiqin.invoicing.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.WorkSource;
import org.neiqin.api.security.SecurityService;
import org.neiqin.invoicing.internal.InvoiceQuery;
import org.neiqin.invoicing.internal.InvoiceReader;
import org.neiqin.invoicing.internal.InvoiceState;
import org.neiqin.invoicing.internal.InvoicingModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Invoicing's part of the home page: for finance, the reviewed invoices waiting to be issued; for the office, its
 * requests still being prepared (a rejected one comes back here); for the office and the salespeople, the collection
 * ladder's steps waiting for them. Reviews themselves wait in core's inbox.
 */
@Component(service = WorkSource.class)
public class InvoicingWork implements WorkSource {
    private final InvoiceReader invoices;
    private final SecurityService security;
    private final org.neiqin.invoicing.internal.CollectionService collection;
    private final org.neiqin.invoicing.internal.StatementRecords statements;

    @Activate
    public InvoicingWork(@Reference InvoiceReader invoices, @Reference SecurityService security,
            @Reference org.neiqin.invoicing.internal.CollectionService collection,
            @Reference org.neiqin.invoicing.internal.StatementRecords statements) {
        this.invoices = invoices;
        this.security = security;
        this.collection = collection;
        this.statements = statements;
    }

    @Override
    public List<WorkItem> work(PageRequest r) {
        List<WorkItem> out = new ArrayList<>();
        if (security.isPermitted(r.actor(), InvoicingModule.RECEIVE)) {
            out.add(new WorkItem(r.msg("work.statementsToAgree"), statements.waiting(
                    org.neiqin.invoicing.internal.StatementState.PREPARED), StatementPage.LABEL, true));
        }
        if (security.isPermitted(r.actor(), InvoicingModule.ISSUE)) {
            out.add(new WorkItem(r.msg("work.toIssue"), count(InvoiceState.APPROVED),
                    InvoiceListPage.LABEL + "?state=" + InvoiceState.APPROVED, true));
        }
        if (security.isPermitted(r.actor(), InvoicingModule.WRITE)) {
            out.add(new WorkItem(r.msg("work.drafts"), count(InvoiceState.DRAFT),
                    InvoiceListPage.LABEL + "?state=" + InvoiceState.DRAFT, false));
            out.add(new WorkItem(r.msg("work.statementsSent"), statements.waiting(
                    org.neiqin.invoicing.internal.StatementState.SENT), StatementPage.LABEL, false));
            out.add(new WorkItem(r.msg("work.unsent"), invoices.unsent(), InvoiceListPage.LABEL + "?state="
                    + InvoiceState.ISSUED, false));
        }
        if (security.isPermitted(r.actor(), InvoicingModule.COLLECT)) {
            out.add(new WorkItem(r.msg("work.collection"), collection.waiting(), CollectionPage.LABEL, true));
        }
        return out;
    }

    private long count(InvoiceState state) {
        return invoices.list(new InvoiceQuery(null, state, null, "updatedAt", true, 0, 1)).total();
    }
}
