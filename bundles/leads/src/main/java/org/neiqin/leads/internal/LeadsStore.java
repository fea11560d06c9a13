package org.neiqin.leads.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.neiqin.api.audit.AuditService;
import org.neiqin.api.event.EventPublisher;
import org.neiqin.api.ids.IdService;
import org.neiqin.api.module.SchemaReady;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's storage: its persistence unit, once its migrations have run. */
@Component(service = LeadsStore.class)
public class LeadsStore extends Store {
    @Activate
    public LeadsStore(@Reference(target = "(osgi.unit.name=neiqin-leads)") JpaTemplate jpa,
            @Reference(target = "(" + SchemaReady.MODULE + "=" + LeadsModule.ID + ")") SchemaReady schema,
            @Reference IdService ids, @Reference AuditService audit, @Reference EventPublisher events,
            @Reference CompanyClock clock) {
        super(LeadsModule.ID, LeadsModule.IDS, jpa, ids, audit, events, clock);
    }
}
