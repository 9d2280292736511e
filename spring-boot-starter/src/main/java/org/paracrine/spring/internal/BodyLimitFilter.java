package org.paracrine.spring.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads it, a request whose declared body ({@code Content-Length}) is larger than the
 * limit: {@code 413} with a problem naming the limit, and the connection closed so the rest is not read. Bodies
 * without a declared length are bounded by {@code ParacrineHttpMessageConverter} as they are read.
 */
public class BodyLimitFilter extends OncePerRequestFilter {
  private final long maxBodyBytes;

  /**
   * Creates the filter.
   *
   * @param maxBodyBytes the largest body, in bytes
   */
  public BodyLimitFilter(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long declared = request.getContentLengthLong();
    if (declared > maxBodyBytes) {
      response.setStatus(413);
      response.setHeader(HttpHeaders.CONNECTION, "close");
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      String body = "{\"type\":\"about:blank\",\"title\":\"Request body too large\",\"status\":413,"
          + "\"detail\":\"the request body declares " + declared + " bytes\",\"findings\":[{\"code\":\"REQUEST.LIMIT\","
          + "\"path\":\"\",\"message\":\"the request body declares " + declared + " bytes\",\"expected\":\"at most "
          + maxBodyBytes + " bytes (paracrine.http.max-body-size)\"}]}";
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      response.setContentLength(bytes.length);
      response.getOutputStream().write(bytes);
      return;
    }
    chain.doFilter(request, response);
  }
}
