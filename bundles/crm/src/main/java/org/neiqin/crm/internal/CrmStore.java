package org.neiqin.crm.internal;

import org.apache.aries.jpa.template.JpaTemplate;
import org.neiqin.api.audit.AuditService;
import org.neiqin.api.event.EventPublisher;
import org.neiqin.api.ids.IdService;
import org.neiqin.api.time.CompanyClock;
import org.neiqin.api.module.SchemaReady;
import org.neiqin.kit.store.Store;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The customer files' storage: unit {@code neiqin-crm}, once its migrations have run. */
@Component(service = CrmStore.class)
public class CrmStore extends Store {
    @Activate
    public CrmStore(@Reference(target = "(osgi.unit.name=neiqin-crm)") JpaTemplate jpa,
            @Reference(target = "(" + SchemaReady.MODULE + "=" + CrmModule.ID + ")") SchemaReady schema,
            @Reference IdService ids, @Reference AuditService audit, @Reference EventPublisher events,
            @Reference CompanyClock clock) {
        super(CrmModule.ID, CrmModule.IDS, jpa, ids, audit, events, clock);
    }
}
