package org.neiqin.core.internal.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.junit.Test;
import org.neiqin.api.error.FieldError;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.money.Money;

/** JSON is read strictly: a value of the wrong type, a choice by number, a field twice, anything after the document. */
public class JsonProviderTest {
    enum Nature { GENERAL_COMPANY, SPECIAL_COMPANY }

    record Card(String fullName, Nature nature, Integer creditDays, Money creditLimit, boolean archived,
            LocalDate founded, List<String> tags) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object read(String json) throws IOException {
        return new JsonProvider().readFrom((Class) Card.class, Card.class, null, MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static FieldError refused(String json) {
        ValidationException e = assertThrows(json, ValidationException.class, () -> read(json));
        return e.errors().get(0);
    }

    @Test
    public void aCorrectDocumentIsRead() throws IOException {
        Card c = (Card) read("{\"fullName\": \"沈阳北方贸易\", \"nature\": \"SPECIAL_COMPANY\", \"creditDays\": 30,"
                + " \"creditLimit\": {\"amount\": \"200000.5\", \"currency\": \"CNY\"}, \"archived\": false, \"founded\": \"2019-03-01\", \"tags\": [\"A\"]}");
        assertEquals(Nature.SPECIAL_COMPANY, c.nature());
        assertEquals(Money.of(new BigDecimal("200000.50"), "CNY"), c.creditLimit());
    }

    @Test
    public void moneyComesInTheOneFormItGoesOutInAndIsNeverRounded() throws IOException {
        for (String bad : new String[] {"200000", "\"200000\"", "{\"amount\": 1.005, \"currency\": \"CNY\"}",
            "{\"amount\": true, \"currency\": \"CNY\"}", "{\"amount\": \"5\", \"currency\": 156}",
            "{\"amount\": \"200000\"}", "{\"amount\": \"200000\", \"currency\": \"CNY\", \"rate\": 1}",
            "{\"amount\": \"2e\", \"currency\": \"CNY\"}", "{\"amount\": \"1\", \"currency\": \"RMB\"}",
            "{\"amount\": \"0.005\", \"currency\": \"CNY\"}", "{\"amount\": \"1.5\", \"currency\": \"JPY\"}",
            "{\"amount\": \"100000000000000000000\", \"currency\": \"CNY\"}"}) {
            FieldError e = refused("{\"creditLimit\": " + bad + "}");
            assertEquals(bad, "creditLimit", e.field());
            assertTrue(bad + ": " + e.message(), e.message().contains("money"));
        }
        // a generated client writes a decimal as a JSON number: read as the decimal it is, never through a double
        for (String[] good : new String[][] {{"250000.5", "250000.50"}, {"12345678901234567.89", "12345678901234567.89"},
            {"7", "7.00"}}) {
            Card c = (Card) read("{\"archived\": false, \"creditLimit\": {\"amount\": " + good[0]
                    + ", \"currency\": \"CNY\"}}");
            assertEquals(good[0], new BigDecimal(good[1]), c.creditLimit().amount());
        }
    }

    @Test
    public void aDateIsOnlyATextYyyyMmDdWithinTheCenturiesAnOfficeWorksIn() throws IOException {
        // a number was read as a count of days since 1970 (20430 a day in 2025, 20261206 a year beyond 57000)
        for (String bad : new String[] {"20430", "20261206", "-1", "1.5", "[2026, 12, 6]", "true"}) {
            FieldError e = refused("{\"founded\": " + bad + "}");
            assertEquals(bad, "founded", e.field());
            assertEquals(bad, "type", e.rule());
            assertTrue(e.message(), e.message().contains("yyyy-mm-dd"));
        }
        for (String bad : new String[] {"2026-13-01", "2026-02-30", "26-12-06", "2026-12-6", "+20261-01-01", "0001-01-01",
                "9999-12-31", "2026-12-06T00:00", ""}) {
            FieldError e = refused("{\"founded\": \"" + bad + "\"}");
            assertEquals(bad, "founded", e.field());
            assertEquals(bad, "format", e.rule());
            assertTrue(e.message(), e.message().contains("from 1900-01-01 to 2999-12-31"));
        }
        assertEquals(LocalDate.of(1900, 1, 1), ((Card) read("{\"archived\": false, \"founded\": \"1900-01-01\"}")).founded());
        assertEquals(LocalDate.of(2999, 12, 31), ((Card) read("{\"archived\": false, \"founded\": \"2999-12-31\"}")).founded());
        assertEquals(null, ((Card) read("{\"archived\": false, \"founded\": null}")).founded());
    }

    @Test
    public void aTextWithAControlCharacterIsRefusedOnItsFieldWhateverTheField() throws IOException {
        for (String bad : new String[] {"\\u0000", "a\\u0007b", "\\u001b[31m", "\\u007f"}) {
            FieldError e = refused("{\"fullName\": \"" + bad + "\"}");
            assertEquals(bad, "fullName", e.field());
            assertEquals(bad, "format", e.rule());
            assertTrue(e.message(), e.message().contains("control character"));
            assertEquals("in a list too", "tags.0", refused("{\"tags\": [\"" + bad + "\"]}").field());
        }
        Card c = (Card) read("{\"archived\": false, \"fullName\": \"两行\\n\\t文本\\r\\n\"}");
        assertEquals("line breaks and tabs are text", "两行\n\t文本\r\n", c.fullName());
    }

    @Test
    public void aValueOfTheWrongTypeIsRefusedOnItsField() {
        FieldError e = refused("{\"fullName\": 12345}");
        assertEquals("fullName", e.field());
        assertEquals("type", e.rule());
        assertTrue(e.message(), e.message().contains("a text"));
        assertEquals("creditDays", refused("{\"creditDays\": \"30\"}").field());
        assertEquals("creditDays", refused("{\"creditDays\": 30.5}").field());
        assertEquals("archived", refused("{\"archived\": 1}").field());
        assertEquals("archived", refused("{\"archived\": \"true\"}").field());
    }

    /** A line of an order inside a document, as the contracts' body holds them. */
    record Line(String product, java.math.BigDecimal quantity, Money unitPrice) {
    }

    record Order(Card customer, List<Line> lines) {
    }

    @Test
    public void everyValueOfTheWrongTypeIsNamedAtOnceDeepInTheDocumentToo() throws IOException {
        ValidationException e = assertThrows(ValidationException.class, () -> new JsonProvider().readFrom(
                (Class) Order.class, Order.class, null, MediaType.APPLICATION_JSON_TYPE, null, new ByteArrayInputStream(
                ("{\"customer\": {\"archived\": false, \"founded\": \"2026-13-01\", \"creditDays\": \"30\"},"
                        + " \"lines\": [{\"product\": \"螺纹钢\", \"quantity\": 2},"
                        + " {\"product\": 7, \"quantity\": \"two\", \"unitPrice\": 4000}], \"colour\": \"red\"}")
                        .getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("customer.creditDays type", "customer.founded format", "lines.1.product type",
                "lines.1.quantity type", "lines.1.unitPrice format", "colour unknown"), e.errors().stream()
                .map(f -> f.field() + " " + f.rule()).toList());
        // one refusal alone is as it was
        assertEquals("founded", refused("{\"founded\": \"2026-13-01\"}").field());
    }

    @Test
    public void aChoiceIsTakenByNameOnly() {
        FieldError byNumber = refused("{\"nature\": 1}");
        assertEquals("nature", byNumber.field());
        assertTrue(byNumber.message(), byNumber.message().contains("GENERAL_COMPANY, SPECIAL_COMPANY"));
        FieldError unknown = refused("{\"nature\": \"SMALL\"}");
        assertEquals("nature", unknown.field());
        assertTrue(unknown.message(), unknown.message().contains("GENERAL_COMPANY, SPECIAL_COMPANY"));
    }

    @Test
    public void aFieldGivenTwiceOrTextAfterTheDocumentIsRefused() {
        FieldError twice = refused("{\"fullName\": \"A\", \"fullName\": \"B\"}");
        assertEquals("fullName", twice.field());
        assertEquals("duplicate", twice.rule());
        assertEquals("body", refused("{\"archived\": false} {\"archived\": true}").field());
        assertEquals("body", refused("{\"archived\": false} x").field());
    }

    @Test
    public void aDocumentTooDeepOrTooLongIsRefused() {
        String deep = "[".repeat(Json.MAX_DEPTH + 5) + "]".repeat(Json.MAX_DEPTH + 5);
        assertThrows(StreamConstraintsException.class, () -> Json.MAPPER.readTree(deep));
        FieldError tooLong = refused("{\"archived\": false, \"fullName\": \"" + "x".repeat(Json.MAX_LENGTH + 100_000) + "\"}");
        assertEquals(tooLong.field() + " " + tooLong.message(), "size", tooLong.rule());
    }
}
