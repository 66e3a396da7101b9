package org.bridgeway.extension.certificationcheck;

import java.util.Map;
import org.bridgeway.extension.api.CheckResult;
import org.bridgeway.extension.api.HiringStepCheck;
import org.bridgeway.extension.api.StepFacts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * Example extension: before an applicant moves on to the academy, the state's peace-officer certification
 * eligibility must be on file (property "certification", default STATE_CERTIFICATION, the requirement Bridgeway
 * records as met); one marked pending (CODE-PENDING among the certifications) needs review.
 * Configurable through ConfigAdmin (PID org.bridgeway.extension.certificationcheck).
 */
@Component(configurationPid = "org.bridgeway.extension.certificationcheck",
        property = {"certification=STATE_CERTIFICATION", "beforeStep=academy"})
public class StateCertificationCheck implements HiringStepCheck {

    private volatile String certification = "STATE_CERTIFICATION";
    private volatile String beforeStep = "academy";

    public StateCertificationCheck() {
    }

    /** For tests and plain use outside OSGi. */
    public StateCertificationCheck(String certification, String beforeStep) {
        configure(Map.of("certification", certification, "beforeStep", beforeStep));
    }

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        certification = String.valueOf(properties.getOrDefault("certification", "STATE_CERTIFICATION")).strip();
        beforeStep = String.valueOf(properties.getOrDefault("beforeStep", "academy")).strip();
    }

    @Override
    public String id() {
        return "state-certification";
    }

    @Override
    public Map<String, String> description() {
        return Map.of("en", "State certification " + certification + " on file before the " + beforeStep + " step",
                "es", "Certificación estatal " + certification + " registrada antes del paso " + beforeStep,
                "so", "Shahaadada gobolka " + certification + " oo diiwaangashan ka hor tallaabada " + beforeStep);
    }

    @Override
    public CheckResult check(StepFacts facts) {
        if (!beforeStep.equals(facts.nextStepCode())) {
            return CheckResult.pass();
        }
        if (facts.certifications().contains(certification)) {
            return CheckResult.pass();
        }
        if (facts.certifications().contains(certification + "-PENDING")) {
            return new CheckResult(CheckResult.Outcome.NEEDS_REVIEW, "state-certification.pending", Map.of(
                    "en", "The state certification is pending: a recruiter must confirm it before the academy.",
                    "es", "La certificación estatal está pendiente: un reclutador debe confirmarla antes de la academia.",
                    "so", "Shahaadada gobolka weli lama dhammaystirin: shaqaale ayaa xaqiijin doona ka hor akadeemiyada."));
        }
        return new CheckResult(CheckResult.Outcome.FAIL, "state-certification.missing", Map.of(
                "en", "The state certification (" + certification + ") must be on file before the academy.",
                "es", "La certificación estatal (" + certification + ") debe estar registrada antes de la academia.",
                "so", "Shahaadada gobolka (" + certification + ") waa in ay diiwaangashan tahay ka hor akadeemiyada."));
    }
}
