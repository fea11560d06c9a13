package org.neiqin.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.neiqin.testing.Http;
import org.neiqin.testing.Json;
import org.neiqin.testing.KarafOptions;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Logistics installed with the demo data on, as the distribution has it: after crm's customers and
 * contracts' documents, logistics loads its carriers and notes, through its services and review rounds.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class LogisticsDemoIT {
    private static final String NOTES = "/neiqin/api/logistics/notes";

    @Configuration
    public Option[] config() {
        List<Option> o = new ArrayList<>(List.of(KarafOptions.with("neiqin-logistics")));
        o.add(editConfigurationFilePut("etc/org.neiqin.demo.cfg", "enabled", "true"));
        return o.toArray(new Option[0]);
    }

    @Test
    public void theDemoShowsEveryStageOfADeliveryAndAScreenedCarrier() {
        JsonNode list = Json.parse(Http.as("sales").await(NOTES + "?sort=code",
                r -> r.statusCode() == 200 && Json.parse(r.body()).get("total").asInt() == 5, 240).body());
        List<String> states = new ArrayList<>();
        list.get("rows").forEach(r -> states.add(r.get("state").asText()));
        assertEquals(List.of("DELIVERED", "IN_TRANSIT", "IN_REVIEW", "PREPARED", "IN_REVIEW"), states);
        assertEquals("the hardware shop prepays: its note waits at the payment gate for finance: " + list,
                List.of("张三五金店", "HELD"), List.of(list.at("/rows/4/customerName").asText(), list.at("/rows/4/gate").asText()));
        assertTrue("the prepared note is late: " + list, list.at("/rows/3/late").asBoolean());
        JsonNode delivered = Json.parse(Http.as("sales").get(NOTES + "/" + list.at("/rows/0/id").asLong()).body());
        assertEquals("沈阳顺达物流有限公司", delivered.get("carrierName").asText());
        JsonNode returns = Json.parse(Http.as("sales").get("/neiqin/api/logistics/returns?note="
                + delivered.get("id").asLong()).body());
        assertEquals(returns.toString(), "IN_REVIEW", returns.at("/0/state").asText());
        assertEquals("EXCHANGE", returns.at("/0/kind").asText());
        JsonNode carriers = Json.parse(Http.as("sales").get("/neiqin/api/logistics/carriers").body());
        assertEquals(2, carriers.size());
        JsonNode shunda = StreamSupport.stream(carriers.spliterator(), false)
                .filter(c -> c.get("name").asText().equals("沈阳顺达物流有限公司")).findFirst().orElseThrow();
        assertTrue(shunda.toString(), shunda.get("usableToday").asBoolean() && shunda.get("shipments").asInt() == 2
                && shunda.get("delivered").asInt() == 1);
        JsonNode schedule = Json.parse(Http.as("sales").get("/neiqin/api/contracts/documents/" + delivered.get("document")
                .asLong() + "/schedule").body());
        assertEquals("the order's schedule shows the delivered 20 t", "20", schedule.at("/lines/0/delivered").asText()
                .replaceAll("\\.0+$", ""));
        assertEquals("one late note", 1, Json.parse(Http.as("manager").get(NOTES + "?late=true").body()).get("total").asInt());
        String home = Http.as("manager").get("/system/console/neiqin?lang=en").body();
        assertTrue("the manager's home leads to the late notes: " + home, home.contains("neiqin-logistics?late=true"));
    }
}
