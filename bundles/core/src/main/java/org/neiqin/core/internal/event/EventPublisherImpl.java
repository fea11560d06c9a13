package org.neiqin.core.internal.event;

import java.util.Map;

import org.neiqin.api.event.EventPublisher;
import org.neiqin.core.internal.db.CoreDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

/** Events after commit, for core and every module alike. */
@Component(service = EventPublisher.class)
public class EventPublisherImpl implements EventPublisher {
    private final CoreDatabase db;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile EventAdmin events;

    @Activate
    public EventPublisherImpl(@Reference CoreDatabase db) {
        this.db = db;
    }

    @Override
    public void publish(String topic, Map<String, ?> properties) {
        Event event = new Event(topic, properties);
        db.tx().afterCommit(() -> {
            EventAdmin ea = events;
            if (ea != null) {
                ea.postEvent(event);
            }
        });
    }
}
