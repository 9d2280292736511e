package org.paracrine.spring.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.webmvc.error.ErrorController;
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
    return Problems.response(HttpStatusCode.valueOf(status), null, Problems.standardDetail(status), List.of());
  }
}
