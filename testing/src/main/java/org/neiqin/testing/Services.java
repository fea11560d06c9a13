package org.neiqin.testing;

import static org.junit.Assert.assertNotNull;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for a service to be there (bounded), instead of assuming it already is. */
public final class Services {
    private Services() {
    }

    /** @param filter extra LDAP filter on the service properties, or null */
    public static <T> T await(BundleContext context, Class<T> type, String filter, int seconds)
            throws InterruptedException, InvalidSyntaxException {
        String f = "(" + Constants.OBJECTCLASS + "=" + type.getName() + ")";
        ServiceTracker<T, T> t = new ServiceTracker<>(context, context.createFilter(
                filter == null ? f : "(&" + f + filter + ")"), null);
        t.open();
        try {
            T s = t.waitForService(seconds * 1000L);
            assertNotNull(type.getSimpleName() + (filter == null ? "" : " " + filter) + " available within " + seconds + " s", s);
            return s;
        } finally {
            t.close();
        }
    }
}
