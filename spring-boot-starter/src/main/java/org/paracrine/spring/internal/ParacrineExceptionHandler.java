package org.paracrine.spring.internal;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.paracrine.serialization.ProblemType;
import org.paracrine.serialization.RecordFormatException;
import org.paracrine.spring.ReleaseCheckRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every error of a Spring MVC request with {@code application/problem+json}: Paracrine's own refusals
 * and record-format problems with one finding per problem, Bean Validation violations with their pointers, the
 * framework's standard errors (404, 405, 406, 415, ...) with a fixed detail, and anything unexpected with a 500
 * that says nothing about the server's internals (the exception is logged instead).
 */
@RestControllerAdvice
public class ParacrineExceptionHandler extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ParacrineExceptionHandler.class);

  private final int observedPrefix;

  /**
   * Creates the handler.
   *
   * @param observedPrefix characters of an observed value repeated in a finding
   */
  public ParacrineExceptionHandler(int observedPrefix) {
    this.observedPrefix = Math.max(1, observedPrefix);
  }

  /**
   * Answers a refused request with its own status.
   *
   * @param e the refusal
   * @return the problem response
   */
  @ExceptionHandler(ReleaseCheckRequestException.class)
  public ResponseEntity<Object> refused(ReleaseCheckRequestException e) {
    return Problems.response(HttpStatusCode.valueOf(e.status()), e.title(),
        Problems.count(e.problems().size(), "in the request"), Problems.findings(e.problems()));
  }

  /**
   * Answers a body that is not a valid Paracrine record: 413 when a read limit was exceeded, else 400.
   *
   * @param e the problems
   * @return the problem response
   */
  @ExceptionHandler(RecordFormatException.class)
  public ResponseEntity<Object> unreadable(RecordFormatException e) {
    boolean limit = e.problems().stream().anyMatch(p -> p.type() == ProblemType.LIMIT);
    return Problems.response(limit ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
        limit ? "Request body over a read limit" : "Unreadable request body",
        Problems.count(e.problems().size(), "in the request body"), Problems.findings(e.problems()));
  }

  /**
   * Answers anything else with a 500 that names nothing internal; the exception is logged. Spring Security's
   * exceptions are left to Spring Security (401/403), and exceptions annotated with a 4xx {@link ResponseStatus}
   * keep their status.
   *
   * @param e the exception
   * @return the problem response
   * @throws Exception the exception itself when it is Spring Security's
   */
  @ExceptionHandler(Exception.class)
  public ResponseEntity<Object> unexpected(Exception e) throws Exception {
    if (e.getClass().getName().startsWith("org.springframework.security.")) {
      // Access denied or authentication required inside a handler: Spring Security's filters answer 401/403.
      throw e;
    }
    ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
    if (declared != null && declared.code().value() < 500) {
      return Problems.response(declared.code(), null, Problems.standardDetail(declared.code().value()), List.of());
    }
    LOG.error("unexpected error while handling a request", e);
    return Problems.response(HttpStatus.INTERNAL_SERVER_ERROR, null,
        "the request could not be completed because of an error in the service; it has been logged", List.of());
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, Object>> findings = new ArrayList<>();
    int total = e.getBindingResult().getErrorCount();
    for (FieldError error : e.getBindingResult().getFieldErrors()) {
      if (findings.size() < Problems.MAX_FINDINGS) {
        findings.add(Problems.finding("REQUEST.CONSTRAINT_VIOLATED", Pointers.fromPropertyPath(error.getField()),
            error.getDefaultMessage() == null ? "constraint violated" : error.getDefaultMessage(), null,
            observed(error.getRejectedValue())));
      }
    }
    e.getBindingResult().getGlobalErrors().forEach(g -> {
      if (findings.size() < Problems.MAX_FINDINGS) {
        findings.add(Problems.finding("REQUEST.CONSTRAINT_VIOLATED", "", String.valueOf(g.getDefaultMessage()),
            null, null));
      }
    });
    return Problems.response(HttpStatus.BAD_REQUEST, "Invalid release-check request",
        total + " constraint violation" + (total == 1 ? "" : "s") + " in the request", findings);
  }

  private String observed(Object value) {
    if (value instanceof CharSequence || value instanceof Number || value instanceof Temporal
        || value instanceof Boolean || value instanceof Enum) {
      return Problems.cut(String.valueOf(value), observedPrefix);
    }
    return null;
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof RecordFormatException) {
        return unreadable((RecordFormatException) t);
      }
      if (t instanceof ReleaseCheckRequestException) {
        return refused((ReleaseCheckRequestException) t);
      }
    }
    return Problems.response(HttpStatus.BAD_REQUEST, "Unreadable request body",
        "the request body is missing or is not a JSON document this endpoint accepts",
        List.of(Problems.finding("REQUEST.SYNTAX", "", "the request body could not be read",
            "a JSON request body", null)));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    // The framework's own details quote request headers (Content-Type, Accept) or the path: use fixed ones.
    ProblemDetail clean = Problems.detail(statusCode, null, Problems.standardDetail(statusCode.value()),
        List.of());
    HttpHeaders out = new HttpHeaders();
    out.putAll(headers);
    out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return ResponseEntity.status(statusCode).headers(out).body(clean);
  }
}
