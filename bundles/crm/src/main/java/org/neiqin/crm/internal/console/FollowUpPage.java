package org.neiqin.crm.internal.console;

import org.neiqin.api.console.ConsolePage;
import org.neiqin.api.console.Field;
import org.neiqin.api.console.Form;
import org.neiqin.api.console.Heading;
import org.neiqin.api.console.Page;
import org.neiqin.api.console.PageRequest;
import org.neiqin.crm.internal.CrmModule;
import org.neiqin.crm.internal.FollowUpService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** What needs following up across all customers: overdue visits and return calls, open complaints, expiring licences. */
@Component
public class FollowUpPage implements ConsolePage {
    @Reference
    private FollowUpService followUps;

    @Override
    public String label() { return "neiqin-customer-followup"; }

    @Override
    public int menuOrder() { return 110; }

    @Override
    public String title() { return "Customer follow-up"; }

    @Override
    public String permission() { return CrmModule.READ; }

    @Override
    public Page render(PageRequest r) {
        int days = r.param("days") == null ? 30 : (int) r.number("days");
        return Page.of(r.msg("followup.title"),
                new Heading(r.msg("followup.overdue")),
                FollowUpBlocks.visitTable(r, followUps.overdueVisits(200), true),
                new Heading(r.msg("followup.complaints")),
                FollowUpBlocks.complaintTable(r, followUps.openComplaints(200), true),
                new Heading(r.msg("followup.licences", days)),
                Form.filter(r.msg("filter.apply"), java.util.List.of(Field.text("days", r.msg("followup.days"),
                        String.valueOf(days)))),
                FollowUpBlocks.licenceTable(r, followUps.expiringLicences(days), true));
    }
}
