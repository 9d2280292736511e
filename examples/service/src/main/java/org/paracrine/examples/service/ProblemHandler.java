package org.paracrine.examples.service;

import java.util.ArrayList;
import java.util.List;
import org.paracrine.core.InvariantViolationException;
import org.paracrine.core.report.Finding;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.report.Outcome;
import org.paracrine.core.report.Severity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns bad requests into {@code 400} problem details (RFC 9457, {@code application/problem+json}) whose
 * {@code findings} member lists each problem as a Paracrine {@link Finding}: a stable code, the JSON Pointer into
 * the request, what was wrong and what was expected. No stack trace or raw Jackson message leaves the service.
 */
@RestControllerAdvice
public class ProblemHandler {

  /** Creates the handler. */
  public ProblemHandler() {
    // Spring instantiates advice reflectively.
  }

  /**
   * Constraint violations found by {@code @Valid} on the request.
   *
   * @param e the exception
   * @return 400 with one finding per violation
   */
  @ExceptionHandler(MethodArgumentNotValidException.class)
  public ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
    List<Finding> findings = new ArrayList<>();
    for (FieldError error : e.getBindingResult().getFieldErrors()) {
      findings.add(finding("REQUEST.CONSTRAINT_VIOLATED", pointer(error.getField()),
          error.getDefaultMessage() == null ? "constraint violated" : error.getDefaultMessage(),
          String.valueOf(error.getRejectedValue()), null));
    }
    e.getBindingResult().getGlobalErrors().forEach(g -> findings.add(finding("REQUEST.CONSTRAINT_VIOLATED", "",
        String.valueOf(g.getDefaultMessage()), null, null)));
    return problem("Invalid release-check request",
        findings.size() + " constraint violation" + (findings.size() == 1 ? "" : "s") + " in the request",
        findings);
  }

  /**
   * Bodies that cannot be read: malformed JSON, unknown properties, wrong types, broken invariants.
   *
   * @param e the exception
   * @return 400 with one finding naming where reading stopped
   */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
    Throwable root = e;
    JacksonException jackson = null;
    InvariantViolationException invariant = null;
    while (root != null) {
      if (root instanceof JacksonException && jackson == null) {
        jackson = (JacksonException) root;
      }
      if (root instanceof InvariantViolationException) {
        invariant = (InvariantViolationException) root;
      }
      root = root.getCause() == root ? null : root.getCause();
    }
    String path = jackson instanceof DatabindException ? pointer((DatabindException) jackson) : "";
    Finding f;
    if (invariant != null) {
      f = finding("REQUEST.INVARIANT_VIOLATED",
          JsonPointer.append(path, (Object[]) invariant.attribute().split("\\.")),
          invariant.getMessage(), invariant.value(), invariant.expected());
    } else if (jackson instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) jackson;
      List<String> known = u.getKnownPropertyIds() == null ? List.of()
          : u.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
      f = finding("REQUEST.UNKNOWN_PROPERTY", path, "unknown property \"" + u.getPropertyName() + "\"",
          u.getPropertyName(), known.isEmpty() ? "a documented member" : "one of " + known);
    } else if (jackson != null) {
      TokenStreamLocation loc = jackson.getLocation();
      String where = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
      f = finding("REQUEST.UNREADABLE", path, plain(jackson.getOriginalMessage()) + where, null,
          "a release-check request: {\"product\": {...}, \"lot\": {...}, \"specifications\": [...]}");
    } else {
      f = finding("REQUEST.UNREADABLE", "", "the request body is missing or not JSON", null,
          "a JSON release-check request");
    }
    return problem("Unreadable release-check request", f.message(), List.of(f));
  }

  /** Removes Java class names from a parser message: they mean nothing to a client. */
  static String plain(String message) {
    return message.replaceAll(" ?\\(class [^)]*\\)", "")
        .replaceAll("`?org\\.paracrine\\.[a-z.]*\\.Immutable([A-Za-z]+)(\\$Json)?`?", "$1")
        .replaceAll("`?(java|tools)\\.[A-Za-z.$]+\\.([A-Za-z]+)`?", "$2");
  }

  private static ResponseEntity<ProblemDetail> problem(String title, String detail, List<Finding> findings) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    p.setTitle(title);
    p.setProperty("findings", findings);
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }

  private static Finding finding(String code, String path, String message, String observed, String expected) {
    var b = Finding.builder().code(code).outcome(Outcome.FAIL).severity(Severity.ERROR).path(path)
        .message(message.isBlank() ? "invalid" : message);
    if (observed != null) {
      b.observed(observed);
    }
    if (expected != null) {
      b.expected(expected);
    }
    return b.build();
  }

  /** Converts a Spring property path such as {@code lot.testResults[3].value} to {@code /lot/testResults/3/value}. */
  static String pointer(String propertyPath) {
    List<Object> tokens = new ArrayList<>();
    for (String part : propertyPath.split("\\.")) {
      int bracket = part.indexOf('[');
      if (bracket < 0) {
        tokens.add(part);
        continue;
      }
      tokens.add(part.substring(0, bracket));
      for (String index : part.substring(bracket + 1).split("\\]\\[?")) {
        if (!index.isEmpty()) {
          tokens.add(index.replace("]", ""));
        }
      }
    }
    tokens.removeIf(t -> t.toString().isEmpty());
    return JsonPointer.of(tokens.toArray());
  }

  private static String pointer(DatabindException e) {
    List<Object> tokens = new ArrayList<>();
    for (var ref : e.getPath()) {
      if (ref.getPropertyName() != null) {
        tokens.add(ref.getPropertyName());
      } else if (ref.getIndex() >= 0) {
        tokens.add(ref.getIndex());
      }
    }
    return JsonPointer.of(tokens.toArray());
  }
}
