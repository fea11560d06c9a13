package org.neiqin.core.internal.rest;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.neiqin.api.money.Money;

/**
 * The one JSON mapping of the REST toolkit: ISO dates, unknown fields refused, money as
 * {@code {"amount": "1234.50", "currency": "CNY"}} (the amount as a string, so no client rounds it).
 */
public final class Json {
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule("neiqin-money")
                    .addSerializer(Money.class, new MoneySerializer())
                    .addDeserializer(Money.class, new MoneyDeserializer())
                    .addDeserializer(LocalDate.class, new DateDeserializer())
                    .addDeserializer(String.class, new TextDeserializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // a number with a fraction is read as the decimal it is written as, never through a binary double
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** The deepest document read (a form is two or three levels deep). */
    static final int MAX_DEPTH = 32;
    /** The largest document read, in characters (an order of 500 lines is about 100 000). */
    static final int MAX_LENGTH = 2_000_000;

    static {
        // a value of the wrong JSON type is refused, never converted: 12345 is not a name, "12" not a number
        MAPPER.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        for (LogicalType t : new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            MAPPER.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        MAPPER.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        MAPPER.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        MAPPER.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                .maxDocumentLength(MAX_LENGTH).build());
    }

    /** The earliest and latest dates a document takes: a year outside is a typing mistake, not a date. */
    static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DATE = LocalDate.of(2999, 12, 31);

    private Json() {
    }

    /**
     * A text is a JSON string without control characters but tab and line breaks: no user types a NUL,
     * and PostgreSQL refuses to store one. Every text field of every module's request is read here, so
     * none reaches a service (or a column) whatever the endpoint.
     */
    private static final class TextDeserializer extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (String) ctx.handleUnexpectedToken(String.class, p);
            }
            String s = p.getText();
            if (s.chars().anyMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0x7F)) {
                throw InvalidFormatException.from(p, "a text holds a control character", s, String.class);
            }
            return s;
        }
    }

    /**
     * A date is only a {@code "yyyy-MM-dd"} text from {@link #FIRST_DATE} to {@link #LAST_DATE}: a number
     * (which Jackson would read as a count of days since 1970) or an array is refused, as is any other text.
     */
    private static final class DateDeserializer extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw MismatchedInputException.from(p, LocalDate.class, "a date is a text yyyy-mm-dd");
            }
            String text = p.getText().trim();
            LocalDate d;
            try {
                d = text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : null;
            } catch (DateTimeParseException e) {
                d = null;
            }
            if (d == null || d.isBefore(FIRST_DATE) || d.isAfter(LAST_DATE)) {
                throw InvalidFormatException.from(p, "a date yyyy-mm-dd from " + FIRST_DATE + " to " + LAST_DATE,
                        p.getText(), LocalDate.class);
            }
            return d;
        }
    }

    private static final class MoneySerializer extends JsonSerializer<Money> {
        @Override
        public void serialize(Money m, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("amount", m.amount().toPlainString());
            g.writeStringField("currency", m.currency().getCurrencyCode());
            g.writeEndObject();
        }
    }

    private static final class MoneyDeserializer extends JsonDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            // the context's reader: the mapper's own would take the fields after the money for trailing tokens
            JsonNode n = ctx.readTree(p);
            // one form in and out: an object of an amount and a currency, as every answer writes money; the amount a
            // decimal string, or a number as generated clients write a decimal (read exactly, as a decimal)
            JsonNode a = n.path("amount");
            if (!n.isObject() || n.size() != 2 || !(a.isTextual() || a.isBigDecimal() || a.isIntegralNumber())
                    || !n.path("currency").isTextual()) {
                throw JsonMappingException.from(p, "money is {\"amount\": \"1234.50\", \"currency\": \"CNY\"}"
                        + " (the amount a decimal string), not " + n);
            }
            java.util.Currency currency;
            BigDecimal amount;
            try {
                currency = java.util.Currency.getInstance(n.get("currency").asText());
                amount = a.isTextual() ? new BigDecimal(a.asText()) : a.decimalValue();
            } catch (IllegalArgumentException e) {
                throw JsonMappingException.from(p, "money is {\"amount\": \"1234.50\", \"currency\": \"CNY\"}"
                        + " (a decimal string and an ISO 4217 code), not " + n);
            }
            int decimals = Math.max(0, currency.getDefaultFractionDigits());
            if (amount.stripTrailingZeros().scale() > decimals || amount.precision() - amount.scale() > 19 - decimals) {
                // never rounded behind the client's back
                throw JsonMappingException.from(p, "money in " + currency + " takes at most " + (19 - decimals)
                        + " digits and " + decimals + " decimals, not " + amount.toPlainString());
            }
            return Money.of(amount, currency.getCurrencyCode());
        }
    }
}
