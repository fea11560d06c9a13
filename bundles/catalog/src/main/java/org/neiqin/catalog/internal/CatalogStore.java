package org.neiqin.catalog.internal;

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

/** The module's storage: its persistence unit, once its migrations have run. */
@Component(service = CatalogStore.class)
public class CatalogStore extends Store {
    @Activate
    public CatalogStore(@Reference(target = "(osgi.unit.name=neiqin-catalog)") JpaTemplate jpa,
            @Reference(target = "(" + SchemaReady.MODULE + "=" + CatalogModule.ID + ")") SchemaReady schema,
            @Reference IdService ids, @Reference AuditService audit, @Reference EventPublisher events,
            @Reference CompanyClock clock) {
        super(CatalogModule.ID, CatalogModule.IDS, jpa, ids, audit, events, clock);
    }
}
