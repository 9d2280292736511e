package org.paracrine.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI FHIR's instance validator for FHIR R5 core, offline (no terminology server, no package download): code
 * systems it cannot know (HGNC, UBERON, CL, EDQM, ChEBI, Paracrine's own) are warnings, not errors. Built once per
 * test JVM: it takes seconds and about a gigabyte to start.
 */
final class FhirValidation {
  private static FhirValidator validator;

  private FhirValidation() {}

  static synchronized FhirValidator validator() {
    if (validator == null) {
      FhirContext ctx = FhirExport.context();
      UnknownCodeSystemWarningValidationSupport unknownSystems = new UnknownCodeSystemWarningValidationSupport(ctx);
      unknownSystems.setNonExistentCodeSystemSeverity(org.hl7.fhir.common.hapi.validation.support
          .UnknownCodeSystemWarningValidationSupport.DEFAULT_SEVERITY);
      ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(ctx),
          new CommonCodeSystemsTerminologyService(ctx), new InMemoryTerminologyServerValidationSupport(ctx),
          new SnapshotGeneratingValidationSupport(ctx), unknownSystems);
      FhirInstanceValidator module = new FhirInstanceValidator(chain);
      validator = ctx.newValidator().registerValidatorModule(module);
    }
    return validator;
  }

  static List<SingleValidationMessage> messages(IBaseResource resource) {
    return validator().validateWithResult(resource).getMessages();
  }

  static List<SingleValidationMessage> errors(IBaseResource resource) {
    return messages(resource).stream().filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR
        || m.getSeverity() == ResultSeverityEnum.FATAL).collect(Collectors.toList());
  }

  static String describe(List<SingleValidationMessage> messages) {
    return messages.stream().map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage())
        .collect(Collectors.joining("\n"));
  }
}
