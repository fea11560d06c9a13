package org.neiqin.core.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.neiqin.api.error.ValidationException;
import org.neiqin.api.rest.NeiqinRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;

/** Reads and writes JSON for Neiqin resources; a body that cannot be read becomes a 400 naming the field. */
@Component(service = {MessageBodyReader.class, MessageBodyWriter.class})
@JaxrsExtension
@JaxrsApplicationSelect(NeiqinRest.APPLICATION_SELECT)
@JaxrsMediaType({MediaType.APPLICATION_JSON, NeiqinRest.PROBLEM_JSON})
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, NeiqinRest.PROBLEM_JSON})
public class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream in) throws IOException {
        // the document is held (bounded: a character takes at most four bytes) so that a refused one can be read
        // again, field by field, and every value of the wrong type named at once
        byte[] body = in.readNBytes(4 * Json.MAX_LENGTH + 1);
        if (body.length > 4 * Json.MAX_LENGTH) {
            throw tooLarge();
        }
        com.fasterxml.jackson.databind.JavaType wanted = Json.MAPPER.constructType(genericType);
        try {
            // from a stream, as it came: the document's length is checked as it is read
            Object value = Json.MAPPER.readValue(new java.io.ByteArrayInputStream(body), wanted);
            if (value == null) {
                throw new ValidationException("body", "required", "the request needs a JSON body");
            }
            return value;
        } catch (JsonProcessingException e) {
            if (e instanceof JsonMappingException) {
                java.util.List<org.neiqin.api.error.FieldError> all = everyRefusal(body, wanted);
                if (all.size() > 1) {
                    throw new ValidationException(all);
                }
            }
            throw refusal(e);
        }
    }

    /**
     * @return every value of a well-formed document that its field does not take (a text for a number, a bad date, an
     *         unknown field, bad money), each named as the first refusal names it; empty when the document cannot be
     *         read as a tree (malformed, a field twice, too deep)
     */
    static java.util.List<org.neiqin.api.error.FieldError> everyRefusal(byte[] body,
            com.fasterxml.jackson.databind.JavaType wanted) {
        java.util.List<org.neiqin.api.error.FieldError> out = new java.util.ArrayList<>();
        try {
            collect(Json.MAPPER.readTree(new java.io.ByteArrayInputStream(body)), wanted, "", out);
        } catch (java.io.IOException notATree) {
            return java.util.List.of();
        }
        return out;
    }

    /**
     * Reads {@code node} as {@code type} — a record's components and a list's records one by one — and adds each
     * refusal to {@code out}, named by its path from the document ({@code lines.1.unitPrice}).
     */
    private static void collect(com.fasterxml.jackson.databind.JsonNode node, com.fasterxml.jackson.databind.JavaType type,
            String field, java.util.List<org.neiqin.api.error.FieldError> out) {
        Class<?> raw = type.getRawClass();
        if (raw.isRecord() && node.isObject()) {
            java.util.Set<String> known = new java.util.HashSet<>();
            for (java.lang.reflect.RecordComponent c : raw.getRecordComponents()) {
                known.add(c.getName());
                com.fasterxml.jackson.databind.JsonNode child = node.get(c.getName());
                if (child != null) {
                    collect(child, Json.MAPPER.getTypeFactory().resolveMemberType(c.getGenericType(), type.getBindings()),
                            join(field, c.getName()), out);
                }
            }
            node.fieldNames().forEachRemaining(f -> {
                if (!known.contains(f)) {
                    out.add(new org.neiqin.api.error.FieldError(join(field, f), "unknown", "unknown field '" + f + "'"));
                }
            });
            return;
        }
        if (type.isCollectionLikeType() && node.isArray() && type.getContentType().getRawClass().isRecord()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), type.getContentType(), join(field, String.valueOf(i)), out);
            }
            return;
        }
        try {
            Json.MAPPER.readerFor(type).readValue(Json.MAPPER.treeAsTokens(node));
        } catch (JsonProcessingException e) {
            for (org.neiqin.api.error.FieldError f : refusal(e).errors()) {
                String where = f.field().equals("body") ? field : join(field, f.field());
                out.add(new org.neiqin.api.error.FieldError(where.isEmpty() ? "body" : where, f.rule(), f.text()));
            }
        } catch (java.io.IOException e) {
            // a tree is read from memory
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static ValidationException tooLarge() {
        return new ValidationException("body", "size", "the JSON document is deeper than " + Json.MAX_DEPTH
                + " levels or longer than " + Json.MAX_LENGTH + " characters");
    }

    /** @return the 400 a document that cannot be read gets, naming the field where it can */
    static ValidationException refusal(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException) {
                return tooLarge();
            }
        }
        Matcher duplicate = Pattern.compile("Duplicate field '([^']*)'").matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.find()) {
            String at = e instanceof JsonMappingException m && !path(m).equals("body") ? path(m) + "." : "";
            return new ValidationException(at + duplicate.group(1), "duplicate", "field '" + duplicate.group(1)
                    + "' is given twice");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return new ValidationException(path(u), "unknown", "unknown field '" + u.getPropertyName() + "'");
        }
        if (e instanceof InvalidFormatException f) {
            if (!(f.getValue() instanceof String)) {
                // a number or true/false where a text or a choice goes
                return new ValidationException(path(f), "type", "expected " + expected(f.getTargetType()));
            }
            if (f.getTargetType() == String.class) {
                return new ValidationException(path(f), "format", "the text holds a control character (such as NUL)"
                        + " that is not text");
            }
            if (f.getTargetType() == LocalDate.class) {
                return new ValidationException(path(f), "format", "'" + f.getValue() + "' is not " + expected(LocalDate.class));
            }
            return new ValidationException(path(f), "format", "'" + f.getValue() + "' is not a valid "
                    + f.getTargetType().getSimpleName() + " value" + choices(f.getTargetType()));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            // a value of another JSON type: a number for a text, a text for a number, an object for a list
            return new ValidationException(path(m), "type", "expected " + expected(m.getTargetType()));
        }
        if (e instanceof JsonMappingException m) {
            return new ValidationException(path(m), "format", m.getOriginalMessage());
        }
        return new ValidationException("body", "json", "malformed JSON: " + e.getOriginalMessage()
                + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr()));
    }

    /** @return what a field of this type takes, in words */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == String.class) {
            return "a text (in quotes)";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ")) + " (in quotes)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number (without quotes)";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (type == LocalDate.class) {
            return "a date, yyyy-mm-dd (in quotes), from " + Json.FIRST_DATE + " to " + Json.LAST_DATE;
        }
        return "an object";
    }

    private static String choices(Class<?> type) {
        return type != null && type.isEnum() ? "; one of " + Arrays.stream(type.getEnumConstants())
                .map(String::valueOf).collect(Collectors.joining(", ")) : "";
    }

    private static String path(JsonMappingException e) {
        String p = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .collect(Collectors.joining("."));
        return p.isEmpty() ? "body" : p;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        // a String is JSON already (a kept idempotent answer): written as is by the runtime
        return isJson(mediaType) && type != String.class;
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        Json.MAPPER.writeValue(out, value);
    }

    private static boolean isJson(MediaType m) {
        return m == null || m.getSubtype().equals("json") || m.getSubtype().endsWith("+json");
    }
}
