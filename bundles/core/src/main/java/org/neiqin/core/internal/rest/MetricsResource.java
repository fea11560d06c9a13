package org.neiqin.core.internal.rest;

import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.security.SecurityService;
import org.neiqin.core.internal.db.CoreDatabase;
import org.neiqin.core.internal.health.Readiness;
import org.neiqin.core.internal.metrics.CoreMetrics;
import org.neiqin.core.internal.registry.CoreModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** This node's figures in Prometheus' text format, for a scraper holding {@value CoreModule#METRICS}. */
@Component(service = MetricsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("core/metrics")
public class MetricsResource {
    /** The media type Prometheus reads. */
    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    @Reference
    private SecurityService security;
    @Reference
    private CoreDatabase db;
    @Reference
    private Readiness readiness;

    /** This node's REST requests, transactions, connections, records created, open reviews, logins and JVM figures. */
    @GET
    @Produces(PROMETHEUS_TEXT)
    @org.neiqin.api.rest.Requires(CoreModule.METRICS)
    public String metrics() {
        security.require(CoreModule.METRICS);
        Map<String, Long> reviews = new TreeMap<>();
        db.jdbc().query("SELECT DOCUMENT_TYPE, COUNT(*) FROM NQ_REVIEW WHERE STATE = 'PENDING' GROUP BY DOCUMENT_TYPE",
                rs -> reviews.put(rs.getString(1), rs.getLong(2)));
        return CoreMetrics.render(reviews, readiness.modulesReady(), -1);
    }
}
