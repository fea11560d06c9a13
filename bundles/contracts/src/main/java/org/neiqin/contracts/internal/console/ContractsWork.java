package org.neiqin.contracts.internal.console;

import java.util.List;

import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.WorkSource;
import org.neiqin.api.contracts.DocumentState;
import org.neiqin.api.security.SecurityService;
import org.neiqin.contracts.internal.ContractService;
import org.neiqin.contracts.internal.ContractsModule;
import org.neiqin.contracts.internal.DocumentQuery;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** contracts' part of the home page: orders and contracts held over the customer's credit limit. */
@Component(service = WorkSource.class)
public class ContractsWork implements WorkSource {
    private final ContractService contracts;
    private final SecurityService security;

    @Activate
    public ContractsWork(@Reference ContractService contracts, @Reference SecurityService security) {
        this.contracts = contracts;
        this.security = security;
    }

    @Override
    public List<WorkItem> work(PageRequest r) {
        if (!security.isPermitted(r.actor(), ContractsModule.READ)) {
            return List.of();
        }
        ContractService.ListPage held = contracts.list(new DocumentQuery(null, DocumentState.CREDIT_HOLD, null, null, null,
                null, null, null, 0, 1));
        return List.of(new WorkItem(r.msg("work.creditHold"), held.total(),
                "neiqin-contracts?state=" + DocumentState.CREDIT_HOLD.name(), true));
    }
}
