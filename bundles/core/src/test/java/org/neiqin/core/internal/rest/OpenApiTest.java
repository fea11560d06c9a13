package org.neiqin.core.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.UriInfo;

import org.junit.Test;
import org.neiqin.api.rest.Answers;
import org.neiqin.api.rest.Lists;
import org.neiqin.api.rest.Typed;

public class OpenApiTest {
    public enum Colour { RED, GREEN }

    /** A list's query record as a module writes one. */
    public record ShelfQuery(String text, Colour colour, Long depotId, boolean empty, String sort, boolean descending,
            int offset, int limit) {
        public static final List<String> FILTERS = List.of("q", "colour", "depot", "empty");
        public static final List<String> SORTS = List.of("code", "name");
    }

    @Path("depot/shelves")
    public static class ShelfResource {
        @GET
        @Lists(ShelfQuery.class)
        public List<String> list(@Context UriInfo uri, @QueryParam("limit") String limit) {
            return List.of();
        }

        @GET
        @Path("{id}/photo")
        @Produces({"image/png", "image/jpeg"})
        @Answers(byte[].class)
        public javax.ws.rs.core.Response photo(@PathParam("id") long id) {
            return null;
        }

        @PUT
        @Path("{id}/photo")
        @Consumes("image/png")
        public String upload(@PathParam("id") long id, @QueryParam("version") @Typed(value = Integer.class, min = 0) String v,
                InputStream body) {
            return "";
        }
    }

    @Test
    public void operationsHavePublicUniqueNamesListsTheirTypedParametersAndFilesTheirMediaTypes() throws Exception {
        Map<String, Object> doc = OpenApi.describe(List.of(ShelfResource.class), "1.0", Map.of("depot",
                new String[] {"Depot", "shelves and what is on them"}));
        String json = Json.MAPPER.writeValueAsString(doc);
        assertEquals("getDepotShelvesByIdPhoto", OpenApi.operationId("get", "/depot/shelves/{id}/photo"));
        assertEquals("Plan visit", OpenApi.summary("planVisit"));
        assertTrue(json, json.contains("\"operationId\":\"putDepotShelvesByIdPhoto\"")
                && json.contains("{\"name\":\"depot\",\"description\":\"Depot: shelves and what is on them\"}"));
        assertTrue("a filter typed as its component, an id from 1, the page and the order: " + json,
                json.contains("\"name\":\"depot\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"integer\","
                        + "\"format\":\"int64\",\"minimum\":1}")
                && json.contains("\"enum\":[\"code\",\"name\"]") && json.contains("\"maximum\":500")
                && json.contains("\"$ref\":\"#/components/schemas/OpenApiTestColour\""));
        assertTrue("the list's own limit stands, the method's string one is gone: " + json,
                !json.contains("\"name\":\"limit\",\"in\":\"query\",\"required\":false,\"schema\":{\"type\":\"string\""));
        assertTrue("a file in and out: " + json, json.contains("\"image/png\":{\"schema\":{\"type\":\"string\",\"format\":"
                + "\"binary\"}},\"image/jpeg\"") && json.contains("\"requestBody\":{\"required\":true,\"content\":{"
                        + "\"image/png\":{\"schema\":{\"type\":\"string\",\"format\":\"binary\"}}}}"));
        assertTrue("a text parameter says what it holds: " + json, json.contains("\"name\":\"version\",\"in\":\"query\","
                + "\"required\":false,\"schema\":{\"type\":\"integer\",\"format\":\"int32\",\"minimum\":0}"));
        assertTrue("refusals by status: " + json, json.contains("\"404\":{\"$ref\":\"#/components/responses/NotFound\"}")
                && json.contains("\"409\":{\"$ref\":\"#/components/responses/Conflict\"}"));
    }
}
