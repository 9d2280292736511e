package org.paracrine.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.RecordFormatException;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpInputMessage;

/**
 * Fuzzes the release-check request reader behind {@link ParacrineHttpMessageConverter}: any body either reads into
 * a request within the limits, or fails with a {@link RecordFormatException} or {@link ReleaseCheckRequestException}
 * that has at least one problem. Any other exception is a finding.
 *
 * <p>{@code mvn test} replays the seeds in {@code RequestReaderFuzzTestInputs}; fuzz with
 * {@code JAZZER_FUZZ=1 mvn -pl spring-boot-starter -am test -Dtest=RequestReaderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class RequestReaderFuzzTest {
  private static final RequestLimits LIMITS = new RequestLimits(3, 20, 50);
  private static final ParacrineHttpMessageConverter CONVERTER =
      new ParacrineHttpMessageConverter(ParacrineJson.strict(), 256 * 1024, LIMITS);

  @FuzzTest(maxDuration = "5m")
  void theReaderOnlyThrowsItsOwnProblemExceptions(byte[] input) throws IOException {
    MockHttpInputMessage body = new MockHttpInputMessage(input);
    body.getHeaders().setContentType(MediaType.APPLICATION_JSON);
    try {
      ReleaseCheckRequest r = (ReleaseCheckRequest) CONVERTER.read(
          ReleaseCheckRequest.class.asSubclass(Object.class), body);
      assertThat(r.lot().testResults()).hasSizeLessThanOrEqualTo(LIMITS.maxTestResults());
      assertThat(r.specifications()).hasSizeLessThanOrEqualTo(LIMITS.maxSpecifications());
    } catch (RecordFormatException e) {
      assertThat(e.problems()).isNotEmpty();
    } catch (ReleaseCheckRequestException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.status()).isBetween(400, 499);
    }
  }
}
