package dev.involution.arena.http;

import akka.http.javadsl.model.HttpEntity;
import akka.http.javadsl.model.MediaTypes;
import akka.http.javadsl.model.RequestEntity;
import akka.http.javadsl.server.Rejections;
import akka.http.javadsl.server.Route;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import static akka.http.javadsl.server.Directives.extractMaterializer;
import static akka.http.javadsl.server.Directives.extractRequestEntity;
import static akka.http.javadsl.server.Directives.onSuccess;
import static akka.http.javadsl.server.Directives.reject;

/**
 * Reads a request body strictly into a record: {@code application/json} only (else 415), at most
 * the configured size (else 413), within the body timeout (else 408), and anything Jackson refuses, or a {@code null} or missing
 * component marked {@code @JsonProperty(required = true)}, answered as 400 problem+json naming
 * the field and the rule. A primitive component ({@code long price}) is required by nature; use a
 * boxed type or {@code Optional} for an optional number. A record's compact constructor may throw
 * {@link ProblemException} to report a rule of its own.
 *
 * <pre>{@code
 * jsonBody.as(RegisterPlayer.class, request -> ...)
 * }</pre>
 */
public final class JsonBody {

    private final ObjectMapper mapper;
    private final long maxBytes;
    private final Duration readTimeout;

    public JsonBody(ObjectMapper mapper, long maxBytes, Duration readTimeout) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
        this.readTimeout = readTimeout;
    }

    /** The body as {@code type}, or a problem response. */
    public <T> Route as(Class<T> type, Function<T, Route> inner) {
        return bytes(body -> inner.apply(read(body, type)));
    }

    /**
     * Like {@link #as}, for a body that may be left out: without one (or with the JSON {@code null},
     * which generated clients send for a body left out), {@code inner} gets {@code whenEmpty}.
     */
    public <T> Route asOrElse(Class<T> type, T whenEmpty, Function<T, Route> inner) {
        return body(true, body -> inner.apply(body == null || isNullLiteral(body) ? whenEmpty : read(body, type)));
    }

    /**
     * The body's bytes, after the same checks as {@link #as} (present, {@code application/json}, within
     * the size limit), for a route that reads them its own way.
     */
    public Route bytes(Function<byte[], Route> inner) {
        return body(false, inner);
    }

    /** The body's bytes to {@code inner}; an optional body left out gives it null. */
    private Route body(boolean optional, Function<byte[], Route> inner) {
        return extractRequestEntity(entity -> {
            if (entity.isKnownEmpty()) {
                return optional ? inner.apply(null) : ProblemResponses.complete(
                        Problem.invalidRequest("required", "the request body is empty; expected a JSON object"));
            }
            if (!isJson(entity)) {
                return reject(Rejections.unsupportedRequestContentType(
                        List.of(MediaTypes.APPLICATION_JSON), Optional.of(entity.getContentType())));
            }
            if (entity.getContentLengthOption().orElse(0L) > maxBytes) {
                return ProblemResponses.complete(Problem.payloadTooLarge(maxBytes));
            }
            if (entity instanceof HttpEntity.Strict strict) {
                // Arrived whole (the usual small body): no stream to drain, no future to wait for.
                return inner.apply(strict.getData().toArray());
            }
            return extractMaterializer(materializer -> onSuccess(
                    entity.withSizeLimit(maxBytes).toStrict(readTimeout.toMillis(), materializer)
                            .exceptionally(failure -> {
                                Throwable cause = FailureCause.of(failure);
                                if (cause instanceof TimeoutException) {
                                    throw new RequestBodyTimeout(readTimeout);
                                }
                                throw failure instanceof CompletionException c ? c : new CompletionException(cause);
                            }),
                    strict -> inner.apply(strict.getData().toArray())));
        });
    }

    private static boolean isNullLiteral(byte[] body) {
        return new String(body, java.nio.charset.StandardCharsets.UTF_8).strip().equals("null");
    }

    /** Parses {@code body} as {@code type}; throws {@link ProblemException} saying what was wrong. */
    public <T> T read(byte[] body, Class<T> type) {
        T value;
        try {
            value = mapper.readValue(body, type);
        } catch (JacksonException e) {
            throw new ProblemException(JsonProblems.of(e));
        } catch (IOException e) {
            throw new ProblemException(Problem.invalidRequest("syntax", "unreadable body: " + e.getMessage()));
        }
        if (value == null) {
            throw new ProblemException(Problem.invalidRequest("type", "the request body must be a JSON object"));
        }
        requirePresent(value, "");
        return value;
    }

    private static boolean isJson(RequestEntity entity) {
        return entity.getContentType().mediaType().equals(MediaTypes.APPLICATION_JSON);
    }

    /** Fails on a null component marked required, also in nested records. */
    private static void requirePresent(Object value, String prefix) {
        for (Component component : COMPONENTS.get(value.getClass())) {
            Object child = component.valueOf(value);
            if (child == null && component.required()) {
                throw new ProblemException(Problem.invalidField(prefix + component.name(), "required",
                        "is required and must not be null"));
            }
            if (child != null) {
                requirePresent(child, prefix + component.name() + ".");
            }
        }
    }

    /** A record's component as {@link #requirePresent} reads it. */
    private record Component(String name, Method accessor, boolean required) {
        Object valueOf(Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getName(), e);
            }
        }
    }

    /**
     * Each type's components, found once per type (reflection hands out fresh copies with their
     * annotations parsed again at every call); none for a type that is no record.
     */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return List.of();
            }
            List<Component> components = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.trySetAccessible();
                JsonProperty property = accessor.getAnnotation(JsonProperty.class);
                components.add(new Component(component.getName(), accessor, property != null && property.required()));
            }
            return List.copyOf(components);
        }
    };
}
