package org.neiqin.testing;

import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Why a module did not come up in the Karaf a test runs in, in one line: the bundles that are not active, the
 * components waiting for a reference (and which), the JAX-RS resources the whiteboard refused, and which HTTP port
 * this Karaf listens on. CI keeps only the first line of a failure; this is what it needs to say.
 *
 * <p>Declarative Services and the JAX-RS whiteboard are read through their runtime services by reflection, so that
 * this bundle imports neither (it is also used outside a container, where there is none).
 */
final class Diagnosis {
    private Diagnosis() {
    }

    /** @return what is wrong in this container, on one line; empty outside a container */
    static String now() {
        Bundle self = FrameworkUtil.getBundle(Diagnosis.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context == null) {
            return "";
        }
        List<String> said = new ArrayList<>();
        List<String> inactive = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            boolean fragment = b.getHeaders().get("Fragment-Host") != null;
            if (!fragment && b.getState() != Bundle.ACTIVE) {
                inactive.add(b.getSymbolicName() + " " + state(b.getState()));
            }
        }
        said.add("bundles not active: " + (inactive.isEmpty() ? "none" : String.join(", ", inactive)));
        said.add("components waiting: " + components(context));
        said.add("JAX-RS refused: " + jaxrs(context));
        said.add("HTTP port " + KarafOptions.HTTP_PORT);
        return String.join("; ", said);
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> String.valueOf(state);
        };
    }

    /** The enabled Neiqin components with no active or satisfied configuration, and the references each waits for. */
    private static String components(BundleContext context) {
        try {
            Object scr = service(context, "org.osgi.service.component.runtime.ServiceComponentRuntime");
            if (scr == null) {
                return "(no Declarative Services)";
            }
            Method descriptions = scr.getClass().getMethod("getComponentDescriptionDTOs", Bundle[].class);
            List<String> waiting = new ArrayList<>();
            for (Object d : (Collection<?>) descriptions.invoke(scr, (Object) new Bundle[0])) {
                String name = (String) field(d, "name");
                if (!name.startsWith("org.neiqin")) {
                    continue;
                }
                Method configurations = scr.getClass().getMethod("getComponentConfigurationDTOs", d.getClass());
                Collection<?> cs = (Collection<?>) configurations.invoke(scr, d);
                for (Object c : cs) {
                    int state = (Integer) field(c, "state");
                    if (state == 1 || state == 2) { // UNSATISFIED_CONFIGURATION, UNSATISFIED_REFERENCE
                        List<String> refs = new ArrayList<>();
                        Object unsatisfied = field(c, "unsatisfiedReferences");
                        for (int i = 0; unsatisfied != null && i < Array.getLength(unsatisfied); i++) {
                            refs.add((String) field(Array.get(unsatisfied, i), "name"));
                        }
                        waiting.add(name.substring(name.lastIndexOf('.') + 1) + "(" + String.join(" ", refs) + ")");
                    }
                }
                if (cs.isEmpty() && Boolean.TRUE.equals(field(d, "defaultEnabled"))) {
                    waiting.add(name.substring(name.lastIndexOf('.') + 1) + "(no configuration)");
                }
            }
            return waiting.isEmpty() ? "none" : String.join(", ", waiting);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** The resources, applications and extensions the JAX-RS whiteboard refused, with its reason numbers. */
    private static String jaxrs(BundleContext context) {
        try {
            Object runtime = service(context, "org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime");
            if (runtime == null) {
                return "(no JAX-RS whiteboard)";
            }
            Object dto = runtime.getClass().getMethod("getRuntimeDTO").invoke(runtime);
            List<String> refused = new ArrayList<>();
            for (String kind : new String[] {"failedResourceDTOs", "failedApplicationDTOs", "failedExtensionDTOs"}) {
                Object failed = field(dto, kind);
                for (int i = 0; failed != null && i < Array.getLength(failed); i++) {
                    Object f = Array.get(failed, i);
                    refused.add(field(f, "name") + " #" + field(f, "serviceId") + " reason " + field(f, "failureReason"));
                }
            }
            return refused.isEmpty() ? "none" : String.join(", ", refused);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static Object service(BundleContext context, String type) {
        ServiceReference<?> ref = context.getServiceReference(type);
        return ref == null ? null : context.getService(ref);
    }

    private static Object field(Object o, String name) throws ReflectiveOperationException {
        return o.getClass().getField(name).get(o);
    }
}
