package org.bridgeway.recruitment.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;

/**
 * Hiring process templates and the installation's sworn-hiring rules. Reading them needs recruitment:read (or
 * reports/partner access, for step names); changing them recruitment:configure.
 */
@Local
public interface HiringProcesses {

    List<TemplateView> templates();

    TemplateView template(long templateId);

    TemplateView defaultTemplate();

    /** Validated by the template rules (a medical or psychological step before the conditional offer is refused). */
    long createTemplate(String name, List<StepDefinition> steps);

    /**
     * Replaces the steps: steps keep their id by code, new codes are added, dropped codes are retired — refused
     * while an open applicant stands on one. Fails with a concurrent-change error when version is stale.
     */
    void saveTemplate(long templateId, long version, String name, List<StepDefinition> steps);

    RecruitmentRulesView rules();

    void saveRules(long version, int minimumAge, LocalDate nextAcademyGraduation, Education minimumEducation,
            ResidencyRule residencyRule);
}
