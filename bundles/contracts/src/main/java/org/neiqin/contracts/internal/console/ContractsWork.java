package org.neiqin.contracts.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.WorkSource;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.security.SecurityService;
import org.neiqin.contracts.internal.ContractsModule;
import org.neiqin.contracts.internal.DocumentQuery;
import org.neiqin.contracts.internal.DocumentReader;
import org.neiqin.contracts.internal.DocumentRow;
import org.neiqin.contracts.internal.ShipDateService;
import org.neiqin.kit.query.ListQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * contracts' part of the home page: orders and contracts held over the customer's credit limit; for planning, the
 * lines that wait for a committed ship date; for the office, the lines committed later than promised whose customer
 * is not yet told.
 */
@Component(service = WorkSource.class)
public class ContractsWork implements WorkSource {
    private final DocumentReader reader;
    private final ShipDateService shipDates;
    private final SecurityService security;

    @Activate
    public ContractsWork(@Reference DocumentReader reader, @Reference ShipDateService shipDates,
            @Reference SecurityService security) {
        this.reader = reader;
        this.shipDates = shipDates;
        this.security = security;
    }

    @Override
    public List<WorkItem> work(PageRequest r) {
        if (!security.isPermitted(r.actor(), ContractsModule.READ)) {
            return List.of();
        }
        List<WorkItem> items = new ArrayList<>();
        ListQuery.Page<DocumentRow> held = reader.list(DocumentQuery.inState(DocumentState.CREDIT_HOLD, 0, 1));
        items.add(new WorkItem(r.msg("work.creditHold"), held.total(),
                "neiqin-contracts?state=" + DocumentState.CREDIT_HOLD.name(), true));
        if (security.isPermitted(r.actor(), ContractsModule.PLAN) || security.isPermitted(r.actor(), ContractsModule.WRITE)) {
            items.add(new WorkItem(r.msg("work.shipDatesAwaiting"), shipDates.count(ShipDateService.Show.AWAITING),
                    PlanningPage.LABEL + "?show=" + ShipDateService.Show.AWAITING, false));
        }
        if (security.isPermitted(r.actor(), ContractsModule.WRITE)) {
            items.add(new WorkItem(r.msg("work.shipDatesLate"), shipDates.count(ShipDateService.Show.LATE),
                    PlanningPage.LABEL + "?show=" + ShipDateService.Show.LATE, true));
        }
        return items;
    }
}
