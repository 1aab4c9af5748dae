package io.coastwatch.server.api;

import io.coastwatch.engine.zone.geojson.ZoneImportException;
import io.coastwatch.engine.zone.geojson.ZoneProblem;
import io.coastwatch.operations.common.InvalidRequest;
import io.coastwatch.operations.common.NotFound;
import io.coastwatch.operations.common.OutOfScope;
import io.coastwatch.operations.common.StateConflict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns refused requests into RFC 7807 problem details ({@code application/problem+json}) with a
 * message: the operations use cases' refusals (invalid fields 400, not found 404, out of scope 403,
 * state conflict 409), {@link ApiException} with its status (and its {@code errors}, one
 * {@link FieldError} per bad field), bad arguments and refused zone documents as 400, the services'
 * {@link ConflictException} as 409, and Spring MVC's own errors (unreadable body, unknown path, wrong method) as it
 * classifies them. Bad input never becomes a 500.
 */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e) {
        ResponseEntity<ProblemDetail> response = problem(e.status(), e.getMessage());
        if (!e.errors().isEmpty()) {
            response.getBody().setProperty("errors", e.errors());
        }
        return response;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "bad value '" + e.getValue() + "' for '" + e.getName() + "'");
    }

    /** A refused zone document: every problem, with its feature, zone id and position, in {@code problems}. */
    @ExceptionHandler(ZoneImportException.class)
    ResponseEntity<ProblemDetail> zoneImport(ZoneImportException e) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, e.getMessage());
        List<Map<String, Object>> problems = new ArrayList<>();
        for (ZoneProblem zoneProblem : e.problems()) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("feature", zoneProblem.featureIndex());
            problem.put("id", zoneProblem.zoneId());
            problem.put("message", zoneProblem.message());
            if (!Double.isNaN(zoneProblem.longitude())) {
                problem.put("longitude", zoneProblem.longitude());
                problem.put("latitude", zoneProblem.latitude());
            }
            problems.add(problem);
        }
        response.getBody().setProperty("problems", problems);
        return response;
    }

    /** A use case's refused fields: 400 with one {@link FieldError} per problem. */
    @ExceptionHandler(InvalidRequest.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequest e) {
        return api(ApiException.invalid(e.problems().stream()
                .map(problem -> new FieldError(problem.field(), problem.code(), problem.message()))
                .toList()));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(OutOfScope.class)
    ResponseEntity<ProblemDetail> outOfScope(OutOfScope e) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.FORBIDDEN, e.getMessage());
        response.getBody().setProperty("code", "out-of-scope");
        return response;
    }

    @ExceptionHandler(StateConflict.class)
    ResponseEntity<ProblemDetail> stateConflict(StateConflict e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail detail && detail.getDetail() == null) {
            detail.setDetail(ex.getMessage());
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    /** A problem detail response. */
    public static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, message));
    }
}
