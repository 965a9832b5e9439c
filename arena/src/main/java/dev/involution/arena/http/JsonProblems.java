package dev.involution.arena.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Explains why Jackson could not read a request body, as a {@link Problem} naming the field. */
final class JsonProblems {

    private JsonProblems() {
    }

    static Problem of(JacksonException e) {
        if (e instanceof ValueInstantiationException && e.getCause() instanceof ProblemException problem) {
            return problem.problem();
        }
        if (e instanceof DatabindException mapping) {
            return ofMapping((JsonMappingException) mapping);
        }
        if (e instanceof StreamReadException read) {
            return ofSyntax(read);
        }
        return Problem.invalidRequest("syntax", "malformed JSON: " + e.getOriginalMessage());
    }

    private static Problem ofMapping(JsonMappingException e) {
        String field = path(e.getPath());
        String message = e.getOriginalMessage();
        if (e.getCause() instanceof StreamReadException read && !(read instanceof InputCoercionException)) {
            return ofSyntax(read);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problem.invalidField(field, "unknown-field",
                    "unknown field '" + unknown.getPropertyName() + "'" + expected(unknown.getKnownPropertyIds()));
        }
        if (e instanceof InvalidNullException || message.startsWith("Missing required creator property")
                || message.startsWith("Cannot map `null` into type")) {
            return Problem.invalidField(field, "required", "is required and must not be null");
        }
        if (e.getCause() instanceof InputCoercionException) {
            return Problem.invalidField(field, "range", "number out of range for " + kind(((InputCoercionException) e.getCause()).getTargetType()));
        }
        if (message.startsWith("No content to map")) {
            return Problem.invalidRequest("required", "the request body is empty; expected a JSON object");
        }
        if (message.startsWith("Trailing token")) {
            return Problem.invalidRequest("syntax", "unexpected data after the JSON value");
        }
        if (e instanceof ValueInstantiationException) {
            return field.isEmpty()
                    ? Problem.invalidRequest("invalid", String.valueOf(e.getCause().getMessage()))
                    : Problem.invalidField(field, "invalid", String.valueOf(e.getCause().getMessage()));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return ofMismatch(field, mismatch);
        }
        return field.isEmpty()
                ? Problem.invalidRequest("invalid", message)
                : Problem.invalidField(field, "invalid", message);
    }

    private static Problem ofMismatch(String field, MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (field.isEmpty()) {
            return Problem.invalidRequest("type", "the request body must be a JSON object");
        }
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
            String rule = e instanceof InvalidFormatException ? "enum" : "type";
            return Problem.invalidField(field, rule, "must be one of: " + allowed);
        }
        return Problem.invalidField(field, "type", "must be " + kind(target));
    }

    private static Problem ofSyntax(StreamReadException e) {
        String message = e.getOriginalMessage();
        if (message.startsWith("Duplicate field")) {
            String field = message.substring("Duplicate field".length()).replaceAll("[\"' ]", "");
            return Problem.invalidField(field, "duplicate-field", "appears more than once");
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        Problem problem = Problem.invalidRequest("syntax", "malformed JSON" + where + ": " + firstLine(message));
        String field = valueBeingRead(e);
        return field == null ? problem : problem.with("field", field);
    }

    /**
     * The field whose value could not be read (e.g. {@code "price": NaN}): the parser stopped right
     * after the field's name. Null when it stopped anywhere else (between fields, after the body).
     */
    private static String valueBeingRead(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null || parser.currentToken() != JsonToken.FIELD_NAME) {
            return null;
        }
        List<String> segments = new ArrayList<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            segments.add(0, c.inArray() ? "[" + c.getCurrentIndex() + "]" : c.getCurrentName());
        }
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            if (path.length() > 0 && !segment.startsWith("[")) {
                path.append('.');
            }
            path.append(segment);
        }
        return path.length() == 0 ? null : path.toString();
    }

    /** JSON path of the field, e.g. {@code orders[2].price}; empty for the body itself. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Collection<Object> known) {
        return known == null || known.isEmpty() ? ""
                : "; expected one of: " + known.stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    private static String kind(JavaType type) {
        return kind(type == null ? null : type.getRawClass());
    }

    private static final Map<Class<?>, String> KINDS = Map.ofEntries(
            Map.entry(String.class, "a string"),
            Map.entry(int.class, "an integer (32-bit)"), Map.entry(Integer.class, "an integer (32-bit)"),
            Map.entry(long.class, "an integer (64-bit)"), Map.entry(Long.class, "an integer (64-bit)"),
            Map.entry(short.class, "an integer (16-bit)"), Map.entry(Short.class, "an integer (16-bit)"),
            Map.entry(double.class, "a number"), Map.entry(Double.class, "a number"),
            Map.entry(float.class, "a number"), Map.entry(Float.class, "a number"),
            Map.entry(boolean.class, "true or false"), Map.entry(Boolean.class, "true or false"));

    private static String kind(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        return Optional.ofNullable(KINDS.get(type)).orElseGet(() ->
                type.isArray() || Collection.class.isAssignableFrom(type) ? "an array"
                        : Map.class.isAssignableFrom(type) || type.isRecord() ? "an object"
                        : "of type " + type.getSimpleName());
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
