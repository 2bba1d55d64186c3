package fr.arretiste.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import fr.arretiste.search.InvalidQueryException;
import fr.arretiste.search.UnknownRulingException;

/**
 * Every error as {@link ApiError} JSON with its status: 400 for what the request got wrong (the
 * message says what), 404 for an unknown ruling or address, 500 with no detail for the server's
 * own failures, whose stack trace goes to the log only.
 */
@RestControllerAdvice
final class ApiErrors {
    private static final Log LOG = LogFactory.getLog(ApiErrors.class);

    @ExceptionHandler({InvalidQueryException.class, BadRequestException.class, IllegalArgumentException.class})
    ResponseEntity<ApiError> badRequest(RuntimeException e) {
        return error(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    /** A parameter that is not of its type (limit=ten). */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ApiError> badParameter(BindException e) {
        FieldError field = e.getFieldError();
        return error(HttpStatus.BAD_REQUEST, field == null ? "bad parameters"
                : "bad value '" + field.getRejectedValue() + "' for " + field.getField());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException e) {
        return error(HttpStatus.BAD_REQUEST, "bad value '" + e.getValue() + "' for " + e.getName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return error(HttpStatus.BAD_REQUEST, "missing parameter " + e.getParameterName());
    }

    @ExceptionHandler(UnknownRulingException.class)
    ResponseEntity<ApiError> unknownRuling(UnknownRulingException e) {
        return error(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchAddress(NoResourceFoundException e) {
        return error(HttpStatus.NOT_FOUND, "no such address: /" + e.getResourcePath());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> badMethod(HttpRequestMethodNotSupportedException e) {
        return error(HttpStatus.METHOD_NOT_ALLOWED, e.getMethod() + " is not allowed here; the API only reads (GET)");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> failure(Exception e) {
        LOG.error("request failed", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal error; the server's log says more");
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(new ApiError(message));
    }
}
