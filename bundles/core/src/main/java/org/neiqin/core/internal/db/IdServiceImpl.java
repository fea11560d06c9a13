package org.neiqin.core.internal.db;

import org.neiqin.api.ids.IdRun;
import org.neiqin.api.ids.IdService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The modules' ids, from the same blocks as core's own. */
@Component(service = IdService.class)
public class IdServiceImpl implements IdService {
    private final CoreDatabase db;

    @Activate
    public IdServiceImpl(@Reference CoreDatabase db) {
        this.db = db;
    }

    @Override
    public long next(IdRun run) {
        return db.ids().next(run.table(), run.name());
    }
}
