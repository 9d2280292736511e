package org.paracrine.spring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.paracrine.core.lot.Lot;
import org.paracrine.core.product.SecretomeProduct;
import org.paracrine.core.report.JsonPointer;
import org.paracrine.core.spec.ReleaseSpecification;
import org.paracrine.serialization.DocumentKind;
import org.paracrine.serialization.ParacrineJson;
import org.paracrine.serialization.Problem;
import org.paracrine.serialization.ProblemType;
import org.paracrine.serialization.RecordFormatException;
import org.paracrine.spring.ReleaseCheckRequest;
import org.paracrine.spring.ReleaseCheckRequestException;
import org.paracrine.spring.RequestLimits;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a release-check request body: parses it once under the read limits, checks the request bounds on the
 * tree (before anything is bound), then reads each member as a Paracrine document, collecting every problem.
 */
public final class RequestReader {
  private static final Set<String> MEMBERS = Set.of("product", "lot", "specifications");
  private static final String SHAPE = "{\"product\": {...}, \"lot\": {...}, \"specifications\": [{...}]}";

  private final ParacrineJson json;
  private final RequestLimits limits;

  /**
   * Creates the reader.
   *
   * @param json the document reader
   * @param limits the request bounds
   */
  public RequestReader(ParacrineJson json, RequestLimits limits) {
    this.json = json;
    this.limits = limits;
  }

  /**
   * Reads a request.
   *
   * @param body the body bytes
   * @return the request
   * @throws RecordFormatException listing every problem of the body
   * @throws ReleaseCheckRequestException (413) if the request is over a bound
   */
  public ReleaseCheckRequest read(byte[] body) {
    JsonNode root = json.readTree(body);
    if (!root.isObject()) {
      throw new RecordFormatException(List.of(Problem.at(ProblemType.WRONG_TYPE, "",
          "the request body is not a JSON object", "a release-check request " + SHAPE)));
    }
    checkBounds(root);
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : root.properties()) {
      if (!MEMBERS.contains(e.getKey())) {
        problems.add(Problem.at(ProblemType.UNKNOWN_PROPERTY, JsonPointer.of(Problems.cut(e.getKey(), 64)),
            "unknown member \"" + Problems.cut(e.getKey(), 64) + "\"", "one of [lot, product, specifications]"));
      }
    }
    SecretomeProduct product = member(root, "product", SecretomeProduct.class, problems);
    Lot lot = member(root, "lot", Lot.class, problems);
    List<ReleaseSpecification> specifications = new ArrayList<>();
    JsonNode specs = root.get("specifications");
    if (specs != null) {
      if (!specs.isArray()) {
        problems.add(Problem.at(ProblemType.WRONG_TYPE, "/specifications", "specifications is not an array",
            "an array of specification documents"));
      } else {
        for (int i = 0; i < specs.size(); i++) {
          ReleaseSpecification s = document(specs.get(i), "/specifications/" + i, ReleaseSpecification.class,
              problems);
          if (s != null) {
            specifications.add(s);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new RecordFormatException(problems);
    }
    return new ReleaseCheckRequest(product, lot, specifications);
  }

  private void checkBounds(JsonNode root) {
    List<Problem> over = new ArrayList<>();
    JsonNode results = root.path("lot").path("testResults");
    if (results.isArray() && results.size() > limits.maxTestResults()) {
      over.add(Problem.at(ProblemType.LIMIT, "/lot/testResults", "the lot has " + results.size()
          + " test results", "at most " + limits.maxTestResults()
          + " test results per request (paracrine.request.max-test-results)"));
    }
    JsonNode specs = root.path("specifications");
    if (specs.isArray()) {
      if (specs.size() > limits.maxSpecifications()) {
        over.add(Problem.at(ProblemType.LIMIT, "/specifications", "the request has " + specs.size()
            + " specifications", "at most " + limits.maxSpecifications()
            + " specifications per request (paracrine.request.max-specifications)"));
      }
      long criteria = 0;
      for (JsonNode s : specs) {
        JsonNode c = s.path("criteria");
        criteria += c.isArray() ? c.size() : 0;
      }
      if (criteria > limits.maxCriteria()) {
        over.add(Problem.at(ProblemType.LIMIT, "/specifications", "the specifications have " + criteria
            + " criteria in all", "at most " + limits.maxCriteria()
            + " criteria per request (paracrine.request.max-criteria)"));
      }
    }
    if (!over.isEmpty()) {
      throw new ReleaseCheckRequestException(413, "Release-check request over a limit", over);
    }
  }

  private <T> T member(JsonNode root, String name, Class<T> type, List<Problem> problems) {
    JsonNode node = root.get(name);
    if (node == null || node.isNull()) {
      problems.add(Problem.at(ProblemType.MISSING_PROPERTY, "/" + name, "required member \"" + name
          + "\" is missing", "a " + DocumentKind.of(type).kind() + " document"));
      return null;
    }
    return document(node, "/" + name, type, problems);
  }

  private <T> T document(JsonNode node, String pointer, Class<T> type, List<Problem> problems) {
    DocumentKind kind = DocumentKind.of(type);
    if (!node.isObject()) {
      problems.add(Problem.at(ProblemType.WRONG_TYPE, pointer, "the member is not an object",
          "a " + kind.kind() + " document"));
      return null;
    }
    ObjectNode object = (ObjectNode) node;
    if (!object.has(DocumentKind.KIND_PROPERTY)) {
      object.put(DocumentKind.KIND_PROPERTY, kind.kind());
    }
    if (!object.has(DocumentKind.SCHEMA_VERSION_PROPERTY)) {
      object.put(DocumentKind.SCHEMA_VERSION_PROPERTY, kind.schemaVersion());
    }
    try {
      return json.readRecord(object, type).value();
    } catch (RecordFormatException e) {
      for (Problem p : e.problems()) {
        problems.add(Problem.at(p.type(), pointer + p.pointer(), p.message(), p.expected()));
      }
      return null;
    }
  }
}
