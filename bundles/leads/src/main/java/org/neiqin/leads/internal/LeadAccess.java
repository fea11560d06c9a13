package org.neiqin.leads.internal;

import org.neiqin.api.error.AccessDeniedException;
import org.neiqin.api.error.Text;
import org.neiqin.api.security.Actor;
import org.neiqin.api.security.Roles;
import org.neiqin.api.security.SecurityService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Who sees and works which lead: the back office and the managers (who assign) and the auditor see every lead; a
 * salesperson sees their own and the public pool's, and works their own.
 */
@Component(service = LeadAccess.class)
public class LeadAccess {
    private final SecurityService security;

    @Activate
    public LeadAccess(@Reference SecurityService security) {
        this.security = security;
    }

    public boolean seesAll(Actor actor) {
        return security.isPermitted(actor, LeadsModule.ASSIGN) || actor.hasRole(Roles.AUDITOR);
    }

    /** @throws AccessDeniedException 403 for a salesperson's look at another's lead */
    public void requireVisible(Actor actor, LeadEntity e) {
        if (!seesAll(actor) && e.owner != null && !e.owner.equals(actor.name())) {
            throw new AccessDeniedException(Text.of("leads.notYours", "lead {0} is another salesperson's", e.code));
        }
    }

    /** @throws AccessDeniedException 403 unless the actor owns the lead or assigns leads */
    public void requireWorker(Actor actor, LeadEntity e) {
        if (!security.isPermitted(actor, LeadsModule.ASSIGN) && !actor.name().equals(e.owner)) {
            throw new AccessDeniedException(Text.of("leads.notYoursToWork",
                    "lead {0} is not yours: take it from the pool, or ask the office to give it to you", e.code));
        }
    }
}
