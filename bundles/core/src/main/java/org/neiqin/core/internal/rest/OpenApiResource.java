package org.neiqin.core.internal.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/**
 * {@value NeiqinRest#BASE_PATH}/openapi.json: the OpenAPI 3 description of every resource of the
 * Neiqin application that is registered now (a module installed or removed changes it at once),
 * made from the resource classes ({@link OpenApi}). Partners writing a bridge to their accounting
 * system start from it. Like every resource, it needs a login.
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("openapi.json")
public class OpenApiResource {
    private BundleContext context;
    private ServiceTracker<Object, ServiceReference<Object>> resources;
    private String version;
    /** The installed modules, whose names and descriptions tag their operations. */
    @org.osgi.service.component.annotations.Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.neiqin.api.module.ModuleRegistry modules;

    @Activate
    void activate(BundleContext context) throws InvalidSyntaxException {
        this.context = context;
        version = context.getBundle().getVersion().toString();
        // references only: a resource is asked for its class when the document is made, never at start
        // (asking for every service here would ask for this one while it starts)
        resources = new ServiceTracker<>(context, context.createFilter("(" + JaxrsWhiteboardConstants.JAX_RS_RESOURCE
                + "=true)"), new ServiceTrackerCustomizer<Object, ServiceReference<Object>>() {
                    @Override
                    public ServiceReference<Object> addingService(ServiceReference<Object> ref) {
                        return ref;
                    }

                    @Override
                    public void modifiedService(ServiceReference<Object> ref, ServiceReference<Object> same) {
                    }

                    @Override
                    public void removedService(ServiceReference<Object> ref, ServiceReference<Object> same) {
                    }
                });
        resources.open(true);
    }

    @Deactivate
    void deactivate() {
        resources.close();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Requires({})
    public Map<String, Object> describe() {
        // this resource describes itself too (its own service is not handed to it while it answers)
        List<Class<?>> classes = new ArrayList<>(List.of(OpenApiResource.class));
        ServiceReference<Object>[] refs = resources.getServiceReferences();
        for (ServiceReference<Object> ref : refs == null ? List.<ServiceReference<Object>>of() : List.of(refs)) {
            if (NeiqinRest.APPLICATION_SELECT.equals(ref.getProperty(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT))
                    && !OpenApiResource.class.getName().equals(ref.getProperty("component.name"))) {
                Object resource = context.getService(ref);
                if (resource != null) {
                    try {
                        classes.add(resource.getClass());
                    } finally {
                        context.ungetService(ref);
                    }
                }
            }
        }
        Map<String, String[]> tags = new java.util.HashMap<>();
        org.neiqin.api.module.ModuleRegistry registry = modules;
        if (registry != null) {
            registry.modules().forEach(m -> tags.put(m.descriptor().id(), new String[] {m.descriptor().name(),
                    m.descriptor().description()}));
        }
        return OpenApi.describe(classes, version, tags);
    }
}
