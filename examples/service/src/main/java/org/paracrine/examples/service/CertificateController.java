package org.paracrine.examples.service;

import jakarta.validation.Valid;
import java.security.Principal;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.documents.CertificateFormat;
import org.paracrine.documents.CertificateOptions;
import org.paracrine.documents.Certificates;
import org.paracrine.spring.ReleaseCheckRequest;
import org.paracrine.spring.ReleaseChecks;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /release-checks} with {@code Accept: text/html} or {@code Accept: application/pdf}: checks the lot as
 * {@link ReleaseCheckController} does (same limits, same principal in the provenance) and answers with its
 * certificate of analysis instead of the JSON report.
 */
@RestController
public class CertificateController {
  private final ReleaseChecks checks;

  /**
   * Creates the controller.
   *
   * @param checks the starter's release checks
   */
  public CertificateController(ReleaseChecks checks) {
    this.checks = checks;
  }

  /**
   * Answers with the certificate as XHTML.
   *
   * @param request product, lot and specifications
   * @param principal the authenticated caller
   * @return the certificate (200 whatever the verdict)
   */
  @PostMapping(path = "/release-checks", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.TEXT_HTML_VALUE)
  public ResponseEntity<byte[]> html(@Valid @RequestBody ReleaseCheckRequest request, Principal principal) {
    return certificate(request, principal, CertificateFormat.HTML);
  }

  /**
   * Answers with the certificate as PDF.
   *
   * @param request product, lot and specifications
   * @param principal the authenticated caller
   * @return the certificate (200 whatever the verdict)
   */
  @PostMapping(path = "/release-checks", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> pdf(@Valid @RequestBody ReleaseCheckRequest request, Principal principal) {
    return certificate(request, principal, CertificateFormat.PDF);
  }

  private ResponseEntity<byte[]> certificate(ReleaseCheckRequest request, Principal principal,
      CertificateFormat format) {
    ReleaseReport report = checks.check(request, principal.getName());
    byte[] body = Certificates.render(report, request.product(), request.lot(),
        CertificateOptions.builder().format(format).specifications(request.specifications()).build());
    return ResponseEntity.ok()
        .contentType(format == CertificateFormat.PDF ? MediaType.APPLICATION_PDF
            : new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\""
            + Certificates.fileName(request.lot().id(), format) + "\"")
        .body(body);
  }
}
