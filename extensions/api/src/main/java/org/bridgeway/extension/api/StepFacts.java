package org.bridgeway.extension.api;

import java.util.Map;
import java.util.Set;

/**
 * An applicant's non-sensitive facts at a hiring step: the step's code and the next step's code, the applicant's
 * age, education level, the certifications on file (codes) and their languages. No background, psychological,
 * medical or residency data.
 */
public record StepFacts(String stepCode, String nextStepCode, int age, String education, Set<String> certifications,
        Set<String> languages, Map<String, String> attributes) {

    public StepFacts {
        certifications = certifications == null ? Set.of() : Set.copyOf(certifications);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
