package org.paracrine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.report.ReleaseReport;

/**
 * Renders 100 certificates of the sample gel lot (a PDF with five control charts each, and the same as HTML) and
 * prints the time taken; the bound is generous (a shared build machine), the figure goes into the README.
 */
class CertificateThroughputTest {
  private static final SampleGel GEL = new SampleGel();

  @Test
  void renderingOneHundredPdfCertificatesTakesSecondsNotMinutes() {
    Lot lot = GEL.conforming;
    ReleaseReport report = GEL.check(lot);
    CertificateOptions pdf = GEL.options(CertificateFormat.PDF).build();
    CertificateOptions html = GEL.options(CertificateFormat.HTML).build();
    Certificates.render(report, GEL.product, lot, pdf); // warm-up: fonts, template, class loading
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    List<Integer> sizes = new ArrayList<>();
    long start = System.nanoTime();
    long startCpu = cpu.getCurrentThreadCpuTime();
    for (int i = 0; i < 100; i++) {
      sizes.add(Certificates.render(report, GEL.product, lot, pdf).length);
    }
    double pdfSeconds = (System.nanoTime() - start) / 1e9;
    double pdfCpu = (cpu.getCurrentThreadCpuTime() - startCpu) / 1e9;
    start = System.nanoTime();
    startCpu = cpu.getCurrentThreadCpuTime();
    for (int i = 0; i < 100; i++) {
      sizes.add(Certificates.render(report, GEL.product, lot, html).length);
    }
    double htmlSeconds = (System.nanoTime() - start) / 1e9;
    double htmlCpu = (cpu.getCurrentThreadCpuTime() - startCpu) / 1e9;
    // wall time depends on what else the machine runs; the thread's CPU time does not
    System.out.printf("100 PDF certificates: %.1f s wall, %.1f s CPU (%d KiB each); 100 HTML: %.1f s wall,"
        + " %.1f s CPU; %d processors%n", pdfSeconds, pdfCpu, sizes.get(0) / 1024, htmlSeconds, htmlCpu,
        Runtime.getRuntime().availableProcessors());
    assertThat(sizes).allSatisfy(s -> assertThat(s).isGreaterThan(10_000));
    assertThat(pdfSeconds).isLessThan(120);
  }
}
