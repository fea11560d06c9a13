package org.neiqin.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.neiqin.client.ApiClient;
import org.neiqin.client.ApiException;
import org.neiqin.client.api.ContractsApi;
import org.neiqin.client.api.CrmApi;
import org.neiqin.client.api.LogisticsApi;
import org.neiqin.client.model.ContractNewDocument;
import org.neiqin.client.model.CustomerData;
import org.neiqin.client.model.CustomerRowPage;
import org.neiqin.client.model.CustomerView;
import org.neiqin.client.model.DocumentData;
import org.neiqin.client.model.DocumentKind;
import org.neiqin.client.model.DocumentView;
import org.neiqin.client.model.ImportAnswer;
import org.neiqin.client.model.InfoSource;
import org.neiqin.client.model.Lifecycle;
import org.neiqin.client.model.LineData;
import org.neiqin.client.model.Nature;
import org.neiqin.client.model.NoteRow;
import org.neiqin.client.model.NoteRowPage;
import org.neiqin.client.model.NoteState;
import org.neiqin.client.model.NoteView;
import org.neiqin.client.model.PaymentTerms;
import org.neiqin.testing.Database;
import org.neiqin.testing.Http;
import org.neiqin.testing.Node;

/**
 * The REST contract as an API consumer meets it, from outside: the distribution started as an operator starts it,
 * the document it serves is the one in {@code client/openapi.json} (which CI lints with Redocly and from which the
 * {@code client} module generates a Java client with openapi-generator), and the main flows run through that
 * generated client — a customer created and found by a filter on a page, an order with lines, the delivery notes
 * filtered by state, a proof of delivery uploaded and downloaded as a PDF, a CSV import checked. A module added later
 * joins these flows.
 */
public class RestClientIT {
    private static Node node;

    @BeforeClass
    public static void startNeiqin() throws Exception {
        Path work = Path.of(System.getProperty("neiqin.build", "target"), "rest-client");
        node = Node.unpack(Node.distribution(), work.resolve("neiqin"), Node.Ports.free());
        if (Database.postgres()) {
            node.usePostgresql(Database.fresh());
        }
        node.start();
        Http.as("sales").at(node.base()).awaitAll(300, Node.EVERY_MODULE.toArray(new String[0]));
        // the demo data, loaded at the first start, has a note on its way
        Http.as("sales").at(node.base()).await("/neiqin/api/logistics/notes?state=IN_TRANSIT",
                r -> r.statusCode() == 200 && r.body().contains("IN_TRANSIT"), 300);
    }

    @AfterClass
    public static void stopNeiqin() {
        if (node != null) {
            node.stop();
        }
    }

    private static ApiClient as(String user) {
        ApiClient client = new ApiClient();
        client.setBasePath(node.base() + "/neiqin/api");
        client.setUsername(user);
        client.setPassword(user);
        return client;
    }

    @Test
    public void theServedDocumentIsTheOneTheClientIsGeneratedFrom() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode served = json.readTree(Http.as("assistant").at(node.base()).get("/neiqin/api/openapi.json").body());
        Path committed = Path.of("..", "client", "openapi.json").toAbsolutePath().normalize();
        Path fresh = Path.of(System.getProperty("neiqin.build", "target"), "openapi-served.json").toAbsolutePath();
        Files.writeString(fresh, json.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
        assertEquals("the REST description changed: look at the difference, then copy " + fresh + " over " + committed
                + " (the client is generated from it, CI lints it)", json.readTree(committed.toFile()), served);
    }

    /** @return money as the generated client writes it: in one form, in and out */
    private static org.neiqin.client.model.Money cny(String amount) {
        return new org.neiqin.client.model.Money().amount(new BigDecimal(amount)).currency("CNY");
    }

    @Test
    public void theMainFlowsRunThroughTheGeneratedClient() throws Exception {
        CrmApi crm = new CrmApi(as("assistant"));
        CustomerView made = crm.postCrmCustomers(new CustomerData().fullName("铁岭客户端测试有限公司").shortName("客户端测试")
                .lifecycle(Lifecycle.NEW).nature(Nature.GENERAL_COMPANY).paymentTerms(PaymentTerms.CREDIT).creditDays(30)
                .creditLimit(cny("250000.50")).infoSource(InfoSource.VISIT).region("LN").route("TL").phone("024-1234 5678"),
                null);
        assertTrue(made.getCode(), made.getCode().matches("C\\d{5}"));
        CustomerRowPage found = crm.getCrmCustomers("客户端测试", Lifecycle.NEW, null, null, "LN", null, null, null, null,
                null, 0, 1, "code", true);
        assertEquals(Long.valueOf(1), found.getTotal());
        assertEquals(made.getId(), found.getRows().get(0).getId());
        try {
            crm.postCrmCustomers(new CustomerData().fullName("x".repeat(201)).lifecycle(Lifecycle.NEW)
                    .nature(Nature.GENERAL_COMPANY).paymentTerms(PaymentTerms.PREPAYMENT).infoSource(InfoSource.VISIT), null);
            throw new AssertionError("a name over 200 characters is refused");
        } catch (ApiException refused) {
            assertEquals(400, refused.getCode());
            assertTrue(refused.getResponseBody(), refused.getResponseBody().contains("\"field\":\"fullName\""));
        }

        DocumentView order = new ContractsApi(as("assistant")).postContractsDocuments(new ContractNewDocument()
                .kind(DocumentKind.ORDER).document(new DocumentData().customerId(made.getId()).documentDate(LocalDate.now())
                        .deliveryDate(LocalDate.now().plusDays(10)).paymentTerms(PaymentTerms.CREDIT).creditDays(30)
                        .deliveryAddress("辽宁省铁岭市银州区 1 号"))
                .lines(List.of(new LineData().product("螺纹钢").spec("HRB400 Φ16").quantity(new BigDecimal("12.5")).unit("t")
                        .unitPrice(cny("3980.00")), new LineData().product("盘螺").quantity(new BigDecimal("3"))
                        .unit("t").unitPrice(cny("4100.50")))), null);
        assertEquals(2, order.getLines().size());
        assertEquals(0, new BigDecimal("62051.50").compareTo(order.getTotal().getAmount()));

        LogisticsApi logistics = new LogisticsApi(as("assistant"));
        NoteRowPage moving = logistics.getLogisticsNotes(null, NoteState.IN_TRANSIT, null, null, null, 0, 10, "code", false);
        assertEquals(Long.valueOf(1), moving.getTotal());
        NoteRow row = moving.getRows().get(0);
        NoteView note = logistics.getLogisticsNotesById(row.getId());
        byte[] pdf = "%PDF-1.4\n% 签收单, signed by the customer\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
        File scan = File.createTempFile("proof", ".pdf");
        Files.write(scan.toPath(), pdf);
        NoteView proved = logistics.putLogisticsNotesByIdProof(note.getId(), scan, note.getVersion(), "签收单.pdf", null);
        assertEquals("签收单.pdf", proved.getProofName());
        File back = new LogisticsApi(as("finance")).getLogisticsNotesByIdProof(note.getId());
        assertArrayEquals("the PDF comes back as it went", pdf, Files.readAllBytes(back.toPath()));

        // the template as downloaded, its example row as the file: checked, not imported
        String template = crm.getCrmCustomersImportTemplate();
        File csv = File.createTempFile("customers", ".csv");
        Files.writeString(csv.toPath(), template);
        ImportAnswer checked = crm.postCrmCustomersImport(csv, true, null, null);
        assertTrue(checked.getProblems().toString(), checked.getDryRun() && checked.getClean()
                && checked.getRecords() == 1 && checked.getImported() == 0 && checked.getFormat() != null);

        // the catalogue: a product entered with its tax code and cost, found in its group, discontinued with a reason
        org.neiqin.client.api.CatalogApi catalog = new org.neiqin.client.api.CatalogApi(as("manager"));
        org.neiqin.client.model.ProductView product = catalog.postCatalogProducts(new org.neiqin.client.model.ProductData()
                .code("CLIENT-HRB400-20").name("螺纹钢").spec("HRB400E Φ20").unit("t").productGroup("客户端测试")
                .taxCode("1080202020000000000").vatRate(new BigDecimal("13")).costPrice(cny("3550.00")), null);
        assertEquals(0, new BigDecimal("3550.00").compareTo(product.getData().getCostPrice().getAmount()));
        org.neiqin.client.model.ProductRowPage group = catalog.getCatalogProducts(null, "客户端测试", null, 0, 10, "code",
                false);
        assertEquals(Long.valueOf(1), group.getTotal());
        org.neiqin.client.model.ProductView gone = catalog.postCatalogProductsByIdDiscontinuation(product.getId(),
                new org.neiqin.client.model.ProductStep().version(product.getVersion()).reason("停产"), null);
        assertEquals(org.neiqin.client.model.ProductState.DISCONTINUED, gone.getState());
    }
}
