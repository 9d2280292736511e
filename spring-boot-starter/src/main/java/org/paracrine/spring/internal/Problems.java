package org.paracrine.spring.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.paracrine.serialization.Problem;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Builds RFC 9457 problem responses whose {@code findings} member lists each problem with a stable code, its
 * JSON Pointer into the request, what was wrong and what was expected. Nothing from the request is repeated
 * beyond a short prefix: longer values are cut and their length given instead.
 */
public final class Problems {
  /** Most findings listed in one response; the detail says how many there were. */
  public static final int MAX_FINDINGS = 20;
  private static final int MAX_TEXT = 240;
  private static final int MAX_PATH = 120;
  private static final Pattern READ_LIMITS = Pattern.compile("ReadLimits\\[([^\\]]*)\\]");
  private static final Pattern LIMIT_MEMBER = Pattern.compile("max([A-Z][a-z]+)([A-Z][a-z]+)?=(\\d+)");
  private static final Pattern BACKTICKED = Pattern.compile("`(?:[A-Za-z0-9_$]+\\.)*([A-Za-z0-9_$]+)(?:\\(\\))?`");

  private Problems() {}

  /**
   * Cuts text to a prefix, naming the full length when it was cut.
   *
   * @param value the text
   * @param prefix characters to keep
   * @return the text or its prefix and length
   */
  public static String cut(String value, int prefix) {
    if (value == null || value.length() <= prefix) {
      return value;
    }
    return value.substring(0, prefix) + "... (" + value.length() + " characters)";
  }

  /**
   * Creates one finding.
   *
   * @param code stable code such as {@code REQUEST.SYNTAX}
   * @param path JSON Pointer into the request
   * @param message what is wrong
   * @param expected what was expected, or null
   * @param observed the value seen, already cut with {@link #cut(String, int)}, or null
   * @return the finding as an ordered map
   */
  public static Map<String, Object> finding(String code, String path, String message, String expected,
      String observed) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("code", code);
    f.put("path", cut(path, MAX_TEXT));
    f.put("message", cut(message, MAX_TEXT));
    if (expected != null) {
      f.put("expected", cut(expected, MAX_TEXT));
    }
    if (observed != null) {
      f.put("observed", cut(observed, MAX_TEXT));
    }
    return f;
  }

  /**
   * Converts record-format problems to findings (code {@code REQUEST.<type>}).
   *
   * @param problems the problems
   * @return the findings, at most {@link #MAX_FINDINGS}
   */
  public static List<Map<String, Object>> findings(List<Problem> problems) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Problem p : problems) {
      if (out.size() == MAX_FINDINGS) {
        break;
      }
      String message = p.line() > 0 ? p.message() + " (line " + p.line() + ", column " + p.column() + ")"
          : p.message();
      out.add(finding("REQUEST." + p.type().name(), p.pointer(), plain(message), plain(p.expected()), null));
    }
    return out;
  }

  /**
   * Builds a problem response.
   *
   * @param status the status
   * @param title a fixed title
   * @param detail what happened, in one sentence
   * @param findings the findings, possibly empty
   * @return the response, {@code application/problem+json}
   */
  public static ResponseEntity<Object> response(HttpStatusCode status, String title, String detail,
      List<Map<String, Object>> findings) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(detail(status, title, detail, findings));
  }

  /**
   * Builds a problem body.
   *
   * @param status the status
   * @param title a fixed title, or null for the status reason
   * @param detail what happened
   * @param findings the findings, possibly empty
   * @return the body
   */
  public static ProblemDetail detail(HttpStatusCode status, String title, String detail,
      List<Map<String, Object>> findings) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, cut(detail, MAX_TEXT));
    HttpStatus known = HttpStatus.resolve(status.value());
    p.setTitle(title != null ? title : known != null ? known.getReasonPhrase() : "Error");
    if (!findings.isEmpty()) {
      p.setProperty("findings", findings);
    }
    p.setInstance(instance());
    return p;
  }

  /**
   * Returns the path of the current request, cut to a short prefix, as the problem's {@code instance}; Spring would
   * otherwise repeat the whole path, which a client chooses.
   */
  private static URI instance() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
      jakarta.servlet.http.HttpServletRequest request =
          ((ServletRequestAttributes) RequestContextHolder.getRequestAttributes()).getRequest();
      Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
      String path = original instanceof String ? (String) original : request.getRequestURI();
      if (path == null) {
        return URI.create("/");
      }
      String cut = path.length() <= MAX_PATH ? path : path.substring(0, MAX_PATH).replaceAll("%[0-9A-Fa-f]?$", "");
      try {
        return URI.create(cut);
      } catch (IllegalArgumentException e) {
        return URI.create("/");
      }
    }
    return null;
  }

  /**
   * Rewords a parser's message for an HTTP client, which knows nothing of the parser: no class, feature,
   * constraint or token names, and read limits in words.
   *
   * @param text a problem's message or expectation
   * @return the text in plain terms
   */
  public static String plain(String text) {
    String m = text.replaceAll(", from `[^`]*`", "")
        .replaceAll(": enable `[^`]*` to allow", " (not allowed in JSON)")
        .replaceAll("Trailing token \\(`JsonToken\\.[A-Z_]+`\\) found after value.*",
            "trailing content after the value")
        .replaceAll(" \\(bound as `[^`]*`\\)", "")
        .replaceAll(": not allowed as per `[^`]*`", "");
    Matcher limits = READ_LIMITS.matcher(m);
    StringBuilder sb = new StringBuilder();
    while (limits.find()) {
      String words = LIMIT_MEMBER.matcher(limits.group(1)).replaceAll(r -> r.group(1).toLowerCase(Locale.ROOT)
          + (r.group(2) == null ? "" : " " + r.group(2).toLowerCase(Locale.ROOT)) + " " + r.group(3));
      limits.appendReplacement(sb, Matcher.quoteReplacement("(" + words + ")"));
    }
    limits.appendTail(sb);
    // Anything else the parser quoted: keep the simple name only.
    return BACKTICKED.matcher(sb.toString()).replaceAll("$1");
  }

  /**
   * Returns a fixed detail for a status, which repeats nothing from the request.
   *
   * @param status the HTTP status
   * @return one sentence
   */
  public static String standardDetail(int status) {
    switch (status) {
      case 400:
        return "the request is not valid";
      case 401:
        return "authentication is required: send credentials (HTTP Basic or a Bearer token, as configured)";
      case 403:
        return "the authenticated principal may not do this";
      case 404:
        return "no resource at this path";
      case 405:
        return "the method is not supported at this path";
      case 406:
        return "the response cannot be given in any media type the request accepts";
      case 413:
        return "the request body is too large";
      case 415:
        return "the request body's content type is not supported at this path";
      default:
        HttpStatus known = HttpStatus.resolve(status);
        return status >= 500 ? "the request could not be completed because of an error in the service"
            : known != null ? known.getReasonPhrase().toLowerCase(java.util.Locale.ROOT) : "the request failed";
    }
  }

  /**
   * Summarises a problem count.
   *
   * @param count how many problems
   * @param what what they are about
   * @return e.g. {@code "3 problems in the request body (the first 20 are listed)"}
   */
  public static String count(int count, String what) {
    return count + (count == 1 ? " problem " : " problems ") + what
        + (count > MAX_FINDINGS ? " (the first " + MAX_FINDINGS + " are listed)" : "");
  }
}
