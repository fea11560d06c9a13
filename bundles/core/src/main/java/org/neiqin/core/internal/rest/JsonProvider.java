package org.neiqin.core.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.stream.Collectors;

import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

import org.neiqin.api.error.ValidationException;
import org.neiqin.api.rest.NeiqinRest;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsMediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

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
        try {
            Object value = Json.MAPPER.readValue(in, Json.MAPPER.constructType(genericType));
            if (value == null) {
                throw new ValidationException("body", "required", "the request needs a JSON body");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new ValidationException(path(e), "unknown", "unknown field '" + e.getPropertyName() + "'");
        } catch (InvalidFormatException e) {
            throw new ValidationException(path(e), "format", "'" + e.getValue() + "' is not a valid "
                    + e.getTargetType().getSimpleName() + " value");
        } catch (JsonMappingException e) {
            throw new ValidationException(path(e), "format", e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ValidationException("body", "json", "malformed JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                            + ", column " + e.getLocation().getColumnNr()));
        }
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
