package org.neiqin.api.event;

import java.util.Map;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Posts a Neiqin event (EventAdmin) once the current transaction has committed, so that no module
 * hears of a change that was rolled back. Without a transaction the event is posted at once.
 *
 * @since 0.1
 */
@ProviderType
public interface EventPublisher {
    void publish(String topic, Map<String, ?> properties);
}
