package io.coastwatch.server.api;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the API refuses, with the status and the message the client gets as a problem detail,
 * and, for a request with bad fields, what is wrong with each ({@link FieldError}, the problem's
 * {@code errors} list).
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final HttpStatus status;
    private final transient List<FieldError> errors;

    public ApiException(HttpStatus status, String message) {
        this(status, message, List.of());
    }

    public ApiException(HttpStatus status, String message, List<FieldError> errors) {
        super(message);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** A 400 naming the fields that are wrong; the message lists them. */
    public static ApiException invalid(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid request names at least one field");
        }
        StringBuilder message = new StringBuilder();
        for (FieldError error : errors) {
            message.append(message.isEmpty() ? "" : "; ").append(error.field()).append(": ").append(error.message());
        }
        return new ApiException(HttpStatus.BAD_REQUEST, message.toString(), errors);
    }

    /** A 400 naming one field that is wrong. */
    public static ApiException invalid(String field, String code, String message) {
        return invalid(List.of(new FieldError(field, code, message)));
    }

    public static ApiException badRequest(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, message);
    }

    public HttpStatus status() {
        return status;
    }

    /** What is wrong with each field; empty when the refusal is not about fields. */
    public List<FieldError> errors() {
        return errors;
    }
}
