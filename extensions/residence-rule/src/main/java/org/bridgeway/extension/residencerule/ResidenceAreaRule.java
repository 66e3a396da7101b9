package org.bridgeway.extension.residencerule;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bridgeway.extension.api.ApplicantFacts;
import org.bridgeway.extension.api.Decision;
import org.bridgeway.extension.api.EligibilityRule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;

/**
 * Example extension: an Explorer post whose participants must live in listed ZIP codes (a county program, say).
 * The ZIP codes are the component's "zips" property; an agency changes them through ConfigAdmin
 * (PID org.bridgeway.extension.residencerule) without rebuilding. Which posts it applies to is set in Bridgeway.
 */
@Component(configurationPid = "org.bridgeway.extension.residencerule",
        property = {"zips=55454,55404,55415"})
public class ResidenceAreaRule implements EligibilityRule {

    private volatile Set<String> zips = Set.of();

    public ResidenceAreaRule() {
    }

    /** For tests and plain use outside OSGi. */
    public ResidenceAreaRule(String zips) {
        configure(Map.of("zips", zips));
    }

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        Object value = properties.get("zips");
        Set<String> parsed = new TreeSet<>();
        if (value != null) {
            Arrays.stream(value.toString().split("[,\\s]+")).map(String::strip).filter(z -> z.matches("\\d{5}"))
                    .forEach(parsed::add);
        }
        zips = Set.copyOf(parsed);
    }

    @Override
    public String id() {
        return "residence-area";
    }

    @Override
    public Map<String, String> description() {
        return Map.of("en", "Participants live in these ZIP codes: " + list(),
                "es", "Los participantes viven en estos códigos postales: " + list(),
                "so", "Ka-qaybgalayaashu waxay deggan yihiin koodhadhkan boostada: " + list());
    }

    @Override
    public Decision evaluate(ApplicantFacts facts) {
        String area = facts.residenceArea() == null ? "" : facts.residenceArea().strip();
        String zip = area.length() >= 5 ? area.substring(0, 5) : area;
        if (zips.contains(zip)) {
            return Decision.pass();
        }
        if (zip.isEmpty()) {
            return Decision.fail("residence-area.missing", Map.of(
                    "en", "No home ZIP code is recorded; this post is for young people who live in ZIP codes "
                            + list() + ".",
                    "es", "No hay código postal de la casa; este puesto es para jóvenes que viven en los códigos"
                            + " postales " + list() + ".",
                    "so", "Koodhka boostada guriga lama diiwaangelin; qaybtan waxaa loogu talagalay dhallinyarada"
                            + " deggan koodhadhka boostada " + list() + "."));
        }
        return Decision.fail("residence-area.outside", Map.of(
                "en", "This post is for young people who live in ZIP codes " + list() + ".",
                "es", "Este puesto es para jóvenes que viven en los códigos postales " + list() + ".",
                "so", "Qaybtan waxaa loogu talagalay dhallinyarada deggan koodhadhka boostada " + list() + "."));
    }

    private String list() {
        return String.join(", ", new TreeSet<>(zips));
    }
}
