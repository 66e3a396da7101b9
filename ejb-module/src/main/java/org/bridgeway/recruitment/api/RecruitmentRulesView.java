package org.bridgeway.recruitment.api;

import java.io.Serializable;
import java.time.LocalDate;

/** The installation's sworn-hiring rules: minimum age by the next academy graduation, education, residency rule. */
public record RecruitmentRulesView(long version, int minimumAge, LocalDate nextAcademyGraduation,
        Education minimumEducation, ResidencyRule residencyRule) implements Serializable {
}
