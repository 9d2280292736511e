package org.paracrine.spring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.lot.ReferenceSeries;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.ReleaseReport;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.Problem;
import org.paracrine.serialization.ProblemType;
import org.paracrine.spring.internal.RequestReader;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/**
 * HTTP message converter for Paracrine documents and {@link ReleaseCheckRequest}, backed by
 * {@link ParacrineJson}: strict, exact and bounded reading (the body is refused with {@code 413} past
 * {@code maxBodyBytes}, documents past the {@link org.paracrine.serialization.ReadLimits} of the
 * {@code ParacrineJson}, requests past their {@link RequestLimits}); every problem is reported at once, with its
 * JSON Pointer, as a {@link org.paracrine.serialization.RecordFormatException} or
 * {@link ReleaseCheckRequestException}. Writing produces the record format (envelope first, exact decimals), so a
 * report a service returns reads back with {@code ParacrineJson.strict().readReport(...)} and keeps its digest.
 *
 * <p>It handles {@code application/json} for {@link SecretomeProduct}, {@link Lot}, {@link ReleaseSpecification},
 * {@link ReleaseReport} and {@link ReferenceSeries} (read and write) and {@link ReleaseCheckRequest} (read).
 * Other types are left to the other converters. Thread-safe.
 */
public class ParacrineHttpMessageConverter extends AbstractHttpMessageConverter<Object> {
  private static final Set<Class<?>> DOCUMENTS = Set.of(SecretomeProduct.class, Lot.class,
      ReleaseSpecification.class, ReleaseReport.class, ReferenceSeries.class);

  private final ParacrineJson json;
  private final long maxBodyBytes;
  private final RequestReader requests;

  /**
   * Creates the converter.
   *
   * @param json the reader and writer (its limits bound each document)
   * @param maxBodyBytes largest body read, in bytes
   * @param limits bounds on a release-check request
   * @throws IllegalArgumentException if {@code maxBodyBytes} is not positive
   */
  public ParacrineHttpMessageConverter(ParacrineJson json, long maxBodyBytes, RequestLimits limits) {
    super(StandardCharsets.UTF_8, MediaType.APPLICATION_JSON);
    this.json = Objects.requireNonNull(json, "json");
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive, got " + maxBodyBytes);
    }
    this.maxBodyBytes = maxBodyBytes;
    this.requests = new RequestReader(json, Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns the largest body this converter reads.
   *
   * @return bytes
   */
  public long maxBodyBytes() {
    return maxBodyBytes;
  }

  @Override
  protected boolean supports(Class<?> clazz) {
    return DOCUMENTS.stream().anyMatch(d -> d.isAssignableFrom(clazz)) || clazz == ReleaseCheckRequest.class;
  }

  @Override
  public boolean canWrite(Class<?> clazz, MediaType mediaType) {
    return clazz != ReleaseCheckRequest.class && super.canWrite(clazz, mediaType);
  }

  @Override
  protected Object readInternal(Class<?> clazz, HttpInputMessage input) throws IOException {
    byte[] body = readBounded(input);
    if (clazz == ReleaseCheckRequest.class) {
      return requests.read(body);
    }
    for (Class<?> d : DOCUMENTS) {
      if (d.isAssignableFrom(clazz)) {
        return json.read(body, d);
      }
    }
    throw new IllegalStateException("unsupported type " + clazz.getSimpleName());
  }

  private byte[] readBounded(HttpInputMessage input) throws IOException {
    long declared = input.getHeaders().getContentLength();
    if (declared > maxBodyBytes) {
      throw tooLarge("the request body declares " + declared + " bytes");
    }
    try (InputStream in = input.getBody()) {
      byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
      if (body.length > maxBodyBytes) {
        throw tooLarge("the request body is longer than " + maxBodyBytes + " bytes");
      }
      return body;
    }
  }

  private ReleaseCheckRequestException tooLarge(String message) {
    return new ReleaseCheckRequestException(413, "Request body too large", List.of(Problem.at(ProblemType.LIMIT,
        "", message, "at most " + maxBodyBytes + " bytes (paracrine.http.max-body-size)")));
  }

  @Override
  protected void writeInternal(Object document, HttpOutputMessage output) throws IOException {
    json.write(document, output.getBody());
  }
}
