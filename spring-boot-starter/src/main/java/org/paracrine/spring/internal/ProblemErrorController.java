package org.paracrine.spring.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Renders errors that happen outside Spring MVC's handlers (a filter's or the container's {@code sendError},
 * e.g. Spring Security's 401 and 403, or a path nothing maps) as {@code application/problem+json} instead of
 * Spring Boot's default error body. It repeats nothing from the request.
 */
@RestController
public class ProblemErrorController implements ErrorController {

  /** Creates the controller. */
  public ProblemErrorController() {
    // registered by the auto-configuration
  }

  /**
   * Answers an error dispatch with a problem of the same status; a request made directly to the error path is
   * answered 404.
   *
   * @param request the error dispatch
   * @return the problem response
   */
  @RequestMapping("${server.error.path:${error.path:/error}}")
  public ResponseEntity<Object> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer ? (Integer) code : 404;
    if (status < 400 || status > 599) {
      status = 500;
    }
    return Problems.response(HttpStatusCode.valueOf(status), null, detail(status), List.of());
  }

  private static String detail(int status) {
    switch (status) {
      case 401:
        return "authentication is required: send credentials (HTTP Basic or a Bearer token, as configured)";
      case 403:
        return "the authenticated principal may not do this";
      case 404:
        return "no resource at this path";
      case 405:
        return "the method is not supported at this path";
      case 413:
        return "the request body is too large";
      default:
        HttpStatus known = HttpStatus.resolve(status);
        return status >= 500 ? "the request could not be completed because of an error in the service"
            : known != null ? known.getReasonPhrase().toLowerCase(java.util.Locale.ROOT) : "the request failed";
    }
  }
}
