package org.neiqin.testing;

import java.io.IOException;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;

import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Narrows a role's records inside a Pax Exam test as a company does in {@code etc/org.neiqin.security.cfg}
 * ({@code scope.<role> = own}), and takes the line away again on {@link #close()}. The change reaches the services
 * through Configuration Admin a moment later: a test waits for what it expects to see.
 *
 * <pre>
 * try (Narrowed n = Narrowed.role(context, "neiqin-sales", "own")) {
 *     sales.await(list, r -&gt; !r.body().contains("another's customer"), 30);
 *     ...
 * }
 * </pre>
 */
public final class Narrowed implements AutoCloseable {
    private static final String PID = "org.neiqin.security";
    private final Configuration config;
    private final String key;

    private Narrowed(Configuration config, String key) {
        this.config = config;
        this.key = key;
    }

    /** @param scope {@code own}, {@code region} or {@code own, region} */
    public static Narrowed role(BundleContext context, String role, String scope) throws IOException {
        ConfigurationAdmin admin = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        Configuration config = admin.getConfiguration(PID, null);
        Hashtable<String, Object> props = copy(config.getProperties());
        String key = "scope." + role;
        props.put(key, scope);
        config.update(props);
        return new Narrowed(config, key);
    }

    private static Hashtable<String, Object> copy(Dictionary<String, Object> from) {
        Hashtable<String, Object> props = new Hashtable<>();
        if (from != null) {
            for (Enumeration<String> k = from.keys(); k.hasMoreElements();) {
                String key = k.nextElement();
                props.put(key, from.get(key));
            }
        }
        return props;
    }

    /** Takes the line away: the role sees every record again. */
    @Override
    public void close() throws IOException {
        Hashtable<String, Object> props = copy(config.getProperties());
        props.remove(key);
        config.update(props);
    }
}
