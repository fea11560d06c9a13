package org.neiqin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.neiqin.api.catalog.Catalog;
import org.neiqin.testing.Conformance;
import org.neiqin.testing.Http;
import org.neiqin.testing.Json;
import org.neiqin.testing.KarafOptions;
import org.neiqin.testing.OpenApiCheck;
import org.neiqin.testing.Shell;
import org.neiqin.testing.StrictInput;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * The catalogue installed by name ({@code neiqin-catalog}, alone: it needs no other module): products entered,
 * changed at their version, found, discontinued and reinstated with a reason, their cost price seen only by those who
 * may see margins, their history; the catalogue service other modules read; bad input; the pages in both languages;
 * the shell with its ACL.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CatalogIT {
    private static final String API = "/neiqin/api/catalog/products";
    private static final String JSON = "application/json";

    @Inject
    private BundleContext context;

    @Inject
    private SessionFactory shell;

    @Configuration
    public Option[] config() {
        return KarafOptions.with("neiqin-catalog");
    }

    @Before
    public void moduleIsUp() {
        Http.as("admin").awaitAll(90, API, "/system/console/neiqin-catalog", "/system/console/neiqin-catalog-product?new=1");
    }

    private static String product(String code, String name, String more) {
        return "{\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"unit\": \"t\"" + (more.isEmpty() ? "" : ", " + more)
                + "}";
    }

    private static JsonNode ok(HttpResponse<String> r, int status) {
        assertEquals(r.body(), status, r.statusCode());
        return Json.parse(r.body());
    }

    @Test
    public void aProductIsEnteredChangedAtItsVersionFoundAndDiscontinuedWithAReason() {
        Http assistant = Http.as("assistant");
        HttpResponse<String> created = assistant.post(API, JSON, product("HRB400-16", "螺纹钢", "\"spec\": \"HRB400 Φ16\","
                + " \"weightPerUnit\": 1000, \"productGroup\": \"建筑钢材\", \"taxCode\": \"1080202020000000000\","
                + " \"vatRate\": 13, \"costPrice\": " + Json.money("3650.00")));
        JsonNode v = ok(created, 201);
        long id = v.get("id").asLong();
        assertTrue("201 names the new product's address", created.headers().firstValue("Location").orElse("")
                .endsWith(API + "/" + id));
        assertEquals("ACTIVE", v.get("state").asText());
        assertEquals("the assistant may not see margins", "null", v.at("/data/costPrice").toString());
        JsonNode managers = ok(Http.as("manager").get(API + "/" + id), 200);
        assertEquals("3650.00", managers.at("/data/costPrice/amount").asText());
        assertEquals("CNY", managers.at("/data/costPrice/currency").asText());

        // a code is the company's: one product each, whatever its case; nothing stored by a refusal
        HttpResponse<String> twice = assistant.post(API, JSON, product("hrb400-16", "另一个", ""));
        assertEquals(twice.body(), 409, twice.statusCode());
        assertTrue(twice.body(), twice.body().contains("\"field\":\"code\""));
        for (String[] bad : new String[][] {{product("HRB 400", "x", ""), "code"},
            {product("T-1", "x", "\"taxCode\": \"12345\""), "taxCode"},
            {product("T-2", "x", "\"vatRate\": 130"), "vatRate"},
            {product("T-3", "x", "\"costPrice\": 3650"), "costPrice"},
            {product("T-4", "x", "\"costPrice\": {\"amount\": \"3650\", \"currency\": \"USD\"}"), "costPrice"},
            {"{\"code\": \"T-5\", \"name\": \"x\"}", "unit"}}) {
            HttpResponse<String> refused = Http.as("manager").post(API, JSON, bad[0]);
            assertEquals(bad[0] + ": " + refused.body(), 400, refused.statusCode());
            assertTrue(bad[0] + ": " + refused.body(), refused.body().contains("\"field\":\"" + bad[1] + "\""));
        }

        // the assistant's change keeps the cost price the form did not show
        String change = "{\"version\": " + v.get("version").asInt() + ", \"data\": " + product("HRB400-16", "螺纹钢",
                "\"spec\": \"HRB400E Φ16\", \"productGroup\": \"建筑钢材\", \"taxCode\": \"1080202020000000000\","
                + " \"vatRate\": 13") + "}";
        JsonNode changed = ok(assistant.put(API + "/" + id, JSON, change), 200);
        assertEquals("HRB400E Φ16", changed.at("/data/spec").asText());
        assertEquals("3650.00", ok(Http.as("finance").get(API + "/" + id), 200).at("/data/costPrice/amount").asText());
        assertEquals("a change made meanwhile is not overwritten", 409, assistant.put(API + "/" + id, JSON, change)
                .statusCode());

        assistant.post(API, JSON, product("Q235B-10", "热轧卷板", "\"spec\": \"Q235B 10mm\", \"productGroup\": \"板材\""));
        JsonNode found = ok(assistant.get(API + "?q=HRB400E"), 200);
        assertEquals("found by its specification", 1, found.get("total").asInt());
        assertEquals(1, ok(assistant.get(API + "?productGroup=板材"), 200).get("total").asInt());

        // discontinued by a manager, with a reason; the history keeps it
        HttpResponse<String> noReason = Http.as("manager").post(API + "/" + id + "/discontinuation", JSON,
                "{\"version\": " + changed.get("version").asInt() + "}");
        assertEquals(noReason.body(), 400, noReason.statusCode());
        assertEquals("an assistant does not discontinue", 403, assistant.post(API + "/" + id + "/discontinuation", JSON,
                "{\"version\": " + changed.get("version").asInt() + ", \"reason\": \"停产\"}").statusCode());
        JsonNode gone = ok(Http.as("manager").post(API + "/" + id + "/discontinuation", JSON, "{\"version\": "
                + changed.get("version").asInt() + ", \"reason\": \"钢厂停产\"}"), 200);
        assertEquals("DISCONTINUED", gone.get("state").asText());
        assertEquals(1, ok(assistant.get(API + "?state=DISCONTINUED"), 200).get("total").asInt());
        JsonNode history = ok(assistant.get(API + "/" + id + "/history"), 200);
        assertEquals(3, history.size());
        assertTrue(history.toString(), history.toString().contains("钢厂停产"));
        assertFalse("the history does not tell the assistant the cost price: " + history,
                history.toString().contains("costPrice") || history.toString().contains("3650"));
        assertTrue("it tells finance", ok(Http.as("finance").get(API + "/" + id + "/history"), 200).toString()
                .contains("3650.00 CNY"));
        ok(Http.as("manager").post(API + "/" + id + "/reinstatement", JSON, "{\"version\": " + gone.get("version").asInt()
                + ", \"reason\": \"恢复供货\"}"), 200);

        // the catalogue other modules read: what an order line and an invoice need, no cost price
        Catalog catalog = context.getService(context.getServiceReference(Catalog.class));
        org.neiqin.api.security.SecurityService security = context.getService(context.getServiceReference(
                org.neiqin.api.security.SecurityService.class));
        org.neiqin.api.security.Actor reader = new org.neiqin.api.security.Actor("sales",
                java.util.Set.of(org.neiqin.api.security.Roles.SALES));
        org.neiqin.api.catalog.Product p = security.runAs(reader, () -> catalog.byCode("HRB400-16").orElseThrow());
        assertEquals("HRB400E Φ16", p.spec());
        assertEquals("1080202020000000000", p.taxCode());
        assertTrue(p.active());
        assertEquals(List.of("HRB400-16"), security.runAs(reader, () -> catalog.search("螺纹", 10)).stream()
                .map(org.neiqin.api.catalog.Product::code).toList());

        // the REST description says what the server checks
        String described = assistant.get("/neiqin/api/openapi.json").body();
        OpenApiCheck api = OpenApiCheck.of(described);
        assertTrue(api.paths().toString(), api.paths().contains("/catalog/products/{id}/discontinuation"));
        JsonNode doc = Json.parse(described);
        assertEquals("[\"code\",\"name\",\"unit\"]", doc.at("/components/schemas/ProductData/required").toString());
        assertEquals(List.of(), List.of(api.problems("POST", "/catalog/products", 201, created.body()),
                api.problems("GET", "/catalog/products", 200, assistant.get(API).body()),
                api.problems("POST", "/catalog/products", 409, twice.body())).stream().flatMap(List::stream).toList());
        assertEquals("an auditor reads but does not write", 403, Http.as("auditor").post(API, JSON,
                product("X-1", "x", "")).statusCode());
        assertFalse(ok(Http.as("auditor").get(API), 200).get("rows").isEmpty());
    }

    @Test
    public void thePagesSpeakBothLanguagesAndTheShellListsForItsRoles() throws Exception {
        Http.as("assistant").post(API, JSON, product("PL-8", "盘螺", "\"spec\": \"HRB400 Φ8\""));
        String zh = Http.as("assistant").get("/system/console/neiqin-catalog?lang=zh").body();
        assertTrue(zh, zh.contains("产品档案") && zh.contains("新建产品") && zh.contains("盘螺") && zh.contains("在售"));
        String form = Http.as("assistant").get("/system/console/neiqin-catalog-product?new=1&lang=en").body();
        assertTrue(form, form.contains("Tax classification code") && !form.contains("Cost price"));
        assertTrue("a manager enters the cost price, in the company's currency", Http.as("manager")
                .get("/system/console/neiqin-catalog-product?new=1&lang=en").body().contains("Cost price (CNY)"));
        HttpResponse<String> refused = Http.as("assistant").submit("/system/console/neiqin-catalog-product?new=1&lang=zh",
                "code", "PL 8", "name", "盘螺", "unit", "t", "taxCode", "123");
        assertEquals(200, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains("不是有效的产品编码") && refused.body().contains("税收分类编码")
                && refused.body().contains("PL 8"));
        assertEquals(403, Http.as("outsider").get("/system/console/neiqin-catalog").statusCode());
        // any module's form finds a product by code, name or specification (the lookup named Catalog.LOOKUP)
        String found = Http.as("sales").get("/system/console/neiqin-catalog?lookup=product&q="
                + java.net.URLEncoder.encode("HRB400 Φ8", java.nio.charset.StandardCharsets.UTF_8)).body();
        assertTrue(found, found.contains("PL-8 盘螺 HRB400 Φ8 (t)"));
        Shell.awaitAcl(shell, "sales", "neiqin-sales", "catalog:list", 30);
        String listed = Shell.run(shell, "sales", "neiqin-sales", "catalog:list 盘螺");
        assertTrue(listed, listed.contains("PL-8") && listed.contains(" products"));
    }

    @Test
    public void whatTheResourcesDoNotUnderstandIsRefusedAndNothingIsStored() {
        assertEquals(List.of(), StrictInput.problems("assistant", API, product("STRICT-1", "strict", ""), "name", null,
                "state=NO_SUCH_STATE"));
    }

    @Test
    public void theModuleConformsToTheModuleRules() {
        assertEquals(List.of(), Conformance.problems(context, "org.neiqin.catalog"));
    }
}
