package org.neiqin.crm.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.core.MediaType;

import org.neiqin.api.rest.NeiqinRest;
import org.neiqin.api.rest.Requires;
import org.neiqin.api.rest.Typed;
import org.neiqin.crm.internal.ComplaintData;
import org.neiqin.crm.internal.ComplaintView;
import org.neiqin.crm.internal.CrmModule;
import org.neiqin.crm.internal.FollowUpService;
import org.neiqin.crm.internal.LicenceData;
import org.neiqin.crm.internal.LicenceView;
import org.neiqin.crm.internal.VisitData;
import org.neiqin.crm.internal.VisitReport;
import org.neiqin.crm.internal.VisitView;
import org.neiqin.kit.query.ListParams;
import org.neiqin.kit.rest.Requests;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Visits, complaints and licences over REST: {@code /crm/visits?customer=<id>} (GET, POST),
 * {@code /crm/visits/{id}/report}, {@code /crm/visits/overdue}, and the same for complaints and licences.
 */
@Component(service = FollowUpResource.class)
@JaxrsResource
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@Path("crm")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FollowUpResource {
    @Reference
    private FollowUpService followUps;

    /** A visit report with the version of the visit the client loaded. */
    public record Report(Integer version, VisitReport report) {
    }

    /** Handling of a complaint: any of assignee, handling, resolution (which closes it). */
    public record Handling(Integer version, String assignee, String handling, String resolution) {
    }

    @GET
    @Path("visits")
    @Requires(CrmModule.READ)
    public List<VisitView> visits(@Context UriInfo uri, @QueryParam("customer") @Typed(value = Long.class, min = 1) String customer) {
        ListParams.only(uri.getQueryParameters(), "customer");
        return followUps.visits(ListParams.id("customer", customer));
    }

    @POST
    @Path("visits")
    @Requires(CrmModule.WRITE)
    public VisitView planVisit(@QueryParam("customer") @Typed(value = Long.class, min = 1) String customer, VisitData plan) {
        return followUps.planVisit(ListParams.id("customer", customer), Requests.body(plan));
    }

    @POST
    @Path("visits/{id}/report")
    @Requires(CrmModule.WRITE)
    public VisitView report(@PathParam("id") long id, Report report) {
        return followUps.reportVisit(id, Requests.version(Requests.body(report).version()), Requests.body(report.report()));
    }

    @GET
    @Path("visits/overdue")
    @Requires(CrmModule.READ)
    public List<VisitView> overdue(@Context UriInfo uri, @QueryParam("limit") @Typed(value = Integer.class, min = 1, max = 500) String limit) {
        ListParams.only(uri.getQueryParameters(), "limit");
        return followUps.overdueVisits(ListParams.limit(limit, 200));
    }

    @GET
    @Path("complaints")
    @Requires(CrmModule.READ)
    public List<ComplaintView> complaints(@Context UriInfo uri, @QueryParam("customer") @Typed(value = Long.class, min = 1) String customer) {
        ListParams.only(uri.getQueryParameters(), "customer");
        return followUps.complaints(ListParams.id("customer", customer));
    }

    @POST
    @Path("complaints")
    @Requires(CrmModule.WRITE)
    public ComplaintView log(@QueryParam("customer") @Typed(value = Long.class, min = 1) String customer, ComplaintData complaint) {
        return followUps.logComplaint(ListParams.id("customer", customer), Requests.body(complaint));
    }

    @POST
    @Path("complaints/{id}/handling")
    @Requires(CrmModule.WRITE)
    public ComplaintView handle(@PathParam("id") long id, Handling h) {
        return followUps.handleComplaint(id, Requests.version(Requests.body(h).version()), h.assignee(), h.handling(), h.resolution());
    }

    @GET
    @Path("complaints/open")
    @Requires(CrmModule.READ)
    public List<ComplaintView> open(@Context UriInfo uri, @QueryParam("limit") @Typed(value = Integer.class, min = 1, max = 500) String limit) {
        ListParams.only(uri.getQueryParameters(), "limit");
        return followUps.openComplaints(ListParams.limit(limit, 200));
    }

    @GET
    @Path("licences")
    @Requires(CrmModule.READ)
    public List<LicenceView> licences(@Context UriInfo uri, @QueryParam("customer") @Typed(value = Long.class, min = 1) String customer) {
        ListParams.only(uri.getQueryParameters(), "customer");
        return followUps.licences(ListParams.id("customer", customer));
    }

    @POST
    @Path("licences")
    @Requires(CrmModule.WRITE)
    public LicenceView addLicence(@QueryParam("customer") @Typed(value = Long.class, min = 1) String customer, LicenceData licence) {
        return followUps.addLicence(ListParams.id("customer", customer), Requests.body(licence));
    }

    @GET
    @Path("licences/expiring")
    @Requires(CrmModule.READ)
    public List<LicenceView> expiring(@Context UriInfo uri, @QueryParam("days") @Typed(value = Integer.class, min = 0, max = 3650) String days) {
        ListParams.only(uri.getQueryParameters(), "days");
        return followUps.expiringLicences(ListParams.whole("days", days, 0, 3650, 30));
    }


}
