package org.paracrine.documents;

/** The output format of a certificate of analysis. */
public enum CertificateFormat {
  /** A standalone XHTML document (UTF-8): charts as SVG and the QR code as PNG, embedded as data URIs. */
  HTML("text/html", "html"),
  /** A PDF (A4, PDF/A-2u mode, Liberation Sans embedded): charts as PNG. */
  PDF("application/pdf", "pdf");

  private final String mediaType;
  private final String extension;

  CertificateFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /**
   * Returns the media type.
   *
   * @return {@code text/html} or {@code application/pdf}
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * Returns the usual file name extension, without the dot.
   *
   * @return {@code html} or {@code pdf}
   */
  public String extension() {
    return extension;
  }
}
