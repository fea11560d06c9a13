package org.neiqin.crm.internal.console;

import java.util.List;

import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.WorkSource;
import org.neiqin.api.security.SecurityService;
import org.neiqin.crm.internal.CrmModule;
import org.neiqin.crm.internal.FollowUpCounts;
import org.neiqin.crm.internal.FollowUpService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** crm's part of the home page: overdue visits and return calls, open complaints, licences expiring. */
@Component(service = WorkSource.class)
public class FollowUpWork implements WorkSource {
    private final FollowUpService followUps;
    private final SecurityService security;

    @Activate
    public FollowUpWork(@Reference FollowUpService followUps, @Reference SecurityService security) {
        this.followUps = followUps;
        this.security = security;
    }

    @Override
    public List<WorkItem> work(PageRequest r) {
        if (!security.isPermitted(r.actor(), CrmModule.READ)) {
            return List.of();
        }
        String page = "neiqin-customer-followup";
        FollowUpCounts c = followUps.counts(30);
        return List.of(
                new WorkItem(r.msg("work.overdueVisits"), c.overdueVisits(), page, true),
                new WorkItem(r.msg("work.openComplaints"), c.openComplaints(), page, true),
                new WorkItem(r.msg("work.expiringLicences"), c.expiringLicences(), page, false));
    }
}
