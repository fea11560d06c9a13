package org.neiqin.core.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.audit.AuditEntry;
import org.neiqin.api.audit.AuditService;
import org.neiqin.api.audit.AuditVerification;
import org.neiqin.api.console.Cell;
import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Notice;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.Paging;
import org.neiqin.api.console.Table;
import org.neiqin.core.internal.registry.CoreModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The audit trail, newest first, with the result of verifying the hash chains. */
@Component
public class AuditPage implements ConsolePage {
    @Reference
    private AuditService audit;

    @Override
    public String label() { return "neiqin-audit"; }

    @Override
    public int menuOrder() { return 900; }

    @Override
    public String title() { return "Audit trail"; }

    @Override
    public String permission() { return CoreModule.AUDIT; }

    @Override
    public Page render(PageRequest r) {
        Paging paging = new Paging(r.page(), r.pageSize(), audit.count());
        List<List<Cell>> rows = new ArrayList<>();
        for (AuditEntry e : audit.recent(paging.offset(), r.pageSize())) {
            rows.add(List.of(Cell.of(r.time(e.at())), Cell.of(e.actor()), Cell.of(e.chain() + " #" + e.seq()), Cell.of(e.entity()),
                    Cell.of(e.entityId()), Cell.of(e.action()), Cell.of(e.oldValues()), Cell.of(e.newValues())));
        }
        Page page = Page.of(r.msg("audit.title"));
        if ("1".equals(r.param("verify"))) {
            AuditVerification v = audit.verify();
            page = page.with(v.intact()
                    ? new Notice(Notice.Level.SUCCESS, r.msg("audit.intact", v.entriesChecked(), v.chainsChecked()))
                    : new Notice(Notice.Level.ERROR, r.msg("audit.broken", String.join("; ", v.problems()))));
        } else {
            page = page.with(new org.neiqin.api.console.Links(List.of(
                    new org.neiqin.api.console.Link(r.msg("audit.verify"), "neiqin-audit?verify=1"))));
        }
        return page.with(new Table(List.of(r.msg("audit.col.at"), r.msg("audit.col.actor"), r.msg("audit.col.chain"),
                r.msg("audit.col.entity"), r.msg("audit.col.id"), r.msg("audit.col.action"), r.msg("audit.col.old"),
                r.msg("audit.col.new")), rows, paging, "audit-trail"));
    }
}
