package org.neiqin.logistics.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.WorkSource;
import org.neiqin.api.security.SecurityService;
import org.neiqin.logistics.internal.LogisticsModule;
import org.neiqin.logistics.internal.NoteQuery;
import org.neiqin.logistics.internal.NoteReader;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** logistics' part of the home page: late shipments, and prepaid notes waiting for finance's signature. */
@Component(service = WorkSource.class)
public class LogisticsWork implements WorkSource {
    private final NoteReader notes;
    private final SecurityService security;

    @Activate
    public LogisticsWork(@Reference NoteReader notes, @Reference SecurityService security) {
        this.notes = notes;
        this.security = security;
    }

    @Override
    public List<WorkItem> work(PageRequest r) {
        if (!security.isPermitted(r.actor(), LogisticsModule.READ)) {
            return List.of();
        }
        List<WorkItem> out = new ArrayList<>();
        long late = notes.list(new NoteQuery(null, null, null, true, false, null, false, 0, 1)).total();
        out.add(new WorkItem(r.msg("work.late"), late, NotesPage.LABEL + "?late=true", late > 0));
        long held = notes.list(new NoteQuery(null, null, null, false, true, null, false, 0, 1)).total();
        out.add(new WorkItem(r.msg("work.held"), held, NotesPage.LABEL + "?held=true",
                held > 0 && security.isPermitted(r.actor(), LogisticsModule.FINANCE_SIGN)));
        return out;
    }
}
