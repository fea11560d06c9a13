package org.neiqin.core.internal.console;

import java.util.ArrayList;
import java.util.List;

import org.neiqin.api.console.PageRequest;
import org.neiqin.api.console.WorkSource;
import org.neiqin.api.review.ReviewService;
import org.neiqin.core.internal.db.CoreDatabase;
import org.neiqin.core.internal.registry.CoreModule;
import org.neiqin.core.internal.security.SecurityServiceImpl;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Core's part of the home page: reviews waiting for me, my documents a reviewer sent back. */
@Component(service = WorkSource.class)
public class ReviewWork implements WorkSource {
    /** Reviews of my documents that were rejected and not submitted again since. */
    static final String RETURNED = "FROM NQ_REVIEW r WHERE r.PREPARER = ? AND r.STATE = 'REJECTED' AND NOT EXISTS"
            + " (SELECT 1 FROM NQ_REVIEW n WHERE n.DOCUMENT_TYPE = r.DOCUMENT_TYPE AND n.DOCUMENT_ID = r.DOCUMENT_ID"
            + " AND n.ID > r.ID)";

    private final ReviewService reviews;
    private final CoreDatabase db;
    private final SecurityServiceImpl security;

    @Activate
    public ReviewWork(@Reference ReviewService reviews, @Reference CoreDatabase db, @Reference SecurityServiceImpl security) {
        this.reviews = reviews;
        this.db = db;
        this.security = security;
    }

    @Override
    public List<WorkItem> work(PageRequest r) {
        List<WorkItem> items = new ArrayList<>();
        if (security.isPermitted(r.actor(), CoreModule.REVIEW)) {
            items.add(new WorkItem(r.msg("work.reviews"), reviews.inbox().size(), "neiqin-reviews", true));
            items.add(new WorkItem(r.msg("work.returned"),
                    db.jdbc().count("SELECT COUNT(*) " + RETURNED, r.actor().name()), "neiqin-reviews", true));
        }
        return items;
    }
}
