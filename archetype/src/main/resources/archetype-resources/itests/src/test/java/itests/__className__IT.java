package ${package}.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.neiqin.testing.Conformance;
import org.neiqin.testing.Fuzz;
import org.neiqin.testing.TestClock;
import org.neiqin.testing.Http;
import org.neiqin.testing.Json;
import org.neiqin.testing.OpenApiCheck;
import org.neiqin.testing.RoleMatrix;
import org.neiqin.testing.KarafOptions;
import org.neiqin.testing.Shell;
import org.neiqin.testing.StrictInput;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * The module in a Karaf with Neiqin, installed by its feature's name as an administrator would:
 * its REST resource, its console pages in both languages, its shell command with its ACL, and the
 * module rules (README of Neiqin, "Writing a module").
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ${className}IT {
    private static final String API = "/neiqin/api/${moduleId}/${recordPath}";
    private static final String JSON = "application/json";

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory shell;

    @Inject
    private org.neiqin.api.module.ModuleRegistry registry;

    @Configuration
    public Option[] config() {
        return KarafOptions.withRepository(System.getProperty("module.features"), "${artifactId}");
    }

    @Before
    public void moduleIsUp() {
        Http.as("admin").awaitAll(90, API, "/system/console/neiqin-${moduleId}", "/system/console/neiqin-${moduleId}-${recordName}");
    }

    @Test
    public void aRecordIsCreatedWithItsNumberChangedAtItsVersionAndListed() {
        Http assistant = Http.as("assistant");
        HttpResponse<String> created = assistant.post(API, JSON, "{\"name\": \"示例 1\", \"kind\": \"NORMAL\"}");
        assertEquals(created.body(), 201, created.statusCode());
        JsonNode v = Json.parse(created.body());
        assertTrue(created.body(), v.get("code").asText().matches("${tablePrefix}-\\d{5}"));
        long id = v.get("id").asLong();
        assertTrue("201 names the new record's address", created.headers().firstValue("Location").orElse("")
                .endsWith("/neiqin/api/${moduleId}/${recordPath}/" + id));
        assertEquals("assistant", v.get("createdBy").asText());
        assertEquals("made is the first change", v.get("createdAt").asText(), v.get("updatedAt").asText());

        HttpResponse<String> bad = assistant.post(API, JSON, "{\"name\": \"123\", \"kind\": \"NOPE\"}");
        assertEquals(bad.body(), 400, bad.statusCode());

        String change = "{\"version\": " + v.get("version").asInt() + ", \"data\": {\"name\": \"辽A·12345 冷藏车\", "
                + "\"kind\": \"URGENT\"}}";
        HttpResponse<String> changed = assistant.put(API + "/" + id, JSON, change);
        assertEquals(changed.body(), 200, changed.statusCode());
        assertTrue("the change is stamped: " + changed.body(), Instant.parse(Json.parse(changed.body()).get("updatedAt")
                .asText()).compareTo(Instant.parse(v.get("createdAt").asText())) >= 0);
        HttpResponse<String> stale = assistant.put(API + "/" + id, JSON, change);
        assertEquals("a change made meanwhile is not overwritten: " + stale.body(), 409, stale.statusCode());

        JsonNode list = Json.parse(assistant.get(API + "?q=冷藏").body());
        assertEquals(1, list.get("total").asInt());
        assertEquals("URGENT", list.at("/rows/0/kind").asText());
        assertEquals(2, Json.parse(assistant.get(API + "/" + id + "/history").body()).size());
        String described = assistant.get("/neiqin/api/openapi.json").body();
        OpenApiCheck api = OpenApiCheck.of(described);
        assertTrue(api.paths().toString(), api.paths().contains("/${moduleId}/${recordPath}/{id}"));
        // the list's filters and order, and the record's rules, as the server reads and checks them
        JsonNode doc = Json.parse(described);
        String listed = doc.at("/paths/~1${moduleId}~1${recordPath}/get/parameters").toString();
        assertTrue(listed, listed.contains("\"name\":\"q\"") && listed.contains("\"name\":\"kind\"")
                && listed.contains("\"enum\":[\"code\",\"name\",\"updatedAt\"]"));
        assertEquals(100, doc.at("/components/schemas/${record}Data/properties/name/maxLength").asInt());
        assertEquals("[\"name\",\"kind\"]", doc.at("/components/schemas/${record}Data/required").toString());
        assertEquals("the answers are what the REST description says", List.of(), List.of(
                api.problems("POST", "/${moduleId}/${recordPath}", 201, created.body()),
                api.problems("PUT", "/${moduleId}/${recordPath}/" + id, 200, changed.body()),
                api.problems("GET", "/${moduleId}/${recordPath}", 200, assistant.get(API).body()),
                api.problems("POST", "/${moduleId}/${recordPath}", bad.statusCode(), bad.body())).stream()
                .flatMap(List::stream).toList());
        // dates come from the company clock, which a test moves
        try (TestClock clock = TestClock.install(context)) {
            clock.advance(Duration.ofDays(400));
            JsonNode later = Json.parse(assistant.post(API, JSON, "{\"name\": \"示例 2\", \"kind\": \"NORMAL\"}")
                    .body());
            assertTrue(later.toString(), Instant.parse(later.get("createdAt").asText())
                    .isAfter(Instant.now().plus(Duration.ofDays(399))));
        }
        assertEquals("an auditor reads but does not write", 403,
                Http.as("auditor").post(API, JSON, "{\"name\": \"x\", \"kind\": \"NORMAL\"}").statusCode());
    }

    @Test
    public void thePagesSpeakBothLanguagesAndTheShellListsForItsRoles() throws Exception {
        String zh = Http.as("assistant").get("/system/console/neiqin-${moduleId}?lang=zh").body();
        assertTrue(zh, zh.contains("${moduleTitleZh}") && zh.contains("新建${recordTitleZh}"));
        String en = Http.as("assistant").get("/system/console/neiqin-${moduleId}-${recordName}?new=1").body();
        assertTrue(en, en.contains("Name") && en.contains("name=\"action\""));
        assertEquals(403, Http.as("outsider").get("/system/console/neiqin-${moduleId}").statusCode());
        Shell.awaitAcl(shell, "sales", "neiqin-sales", "${moduleId}:list", 30);
        String listed = Shell.run(shell, "sales", "neiqin-sales", "${moduleId}:list");
        assertTrue(listed, listed.contains("Code") && listed.contains(" records"));
    }

    @Test
    public void whatTheResourcesDoNotUnderstandIsRefusedAndNothingIsStored() {
        assertEquals(List.of(), StrictInput.problems("assistant", API, "{\"name\": \"strict\", \"kind\": \"NORMAL\"}",
                "name", "kind", "kind=NO_SUCH_KIND"));
    }

    /**
     * Every REST operation of the installed features as every test user, and hostile input to every write, both
     * generated from the REST description: this module's operations are covered as the product's are.
     */
    @Test
    public void everyOperationAnswersEachRoleAsItsPermissionsSayAndHostileInputIsRefused() {
        String description = Http.as("admin").get("/neiqin/api/openapi.json").body();
        assertEquals(List.of(), RoleMatrix.rest(description, RoleMatrix.holders(registry)).unexpected());
        assertEquals(List.of(), Fuzz.rest(description, "admin", 500, 7L).problems());
    }

    @Test
    public void theModuleConformsToTheModuleRules() {
        assertEquals(List.of(), Conformance.problems(context, "${package}"));
    }
}
