package org.bridgeway.recruitment.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Set;

/**
 * Voluntary self-identification, entered only by the applicant through a single-use link — never by staff —
 * kept in its own table and read only by aggregate reports. No screen or export shows one person's answers.
 */
@Local
public interface SelfIdentification {

    List<String> GENDERS = List.of("WOMAN", "MAN", "NON_BINARY", "ANOTHER", "PREFER_NOT");
    List<String> RACE_ETHNICITY = List.of("HISPANIC_LATINO", "AMERICAN_INDIAN_ALASKA_NATIVE", "ASIAN",
            "BLACK_AFRICAN_AMERICAN", "MIDDLE_EASTERN_NORTH_AFRICAN", "NATIVE_HAWAIIAN_PACIFIC_ISLANDER", "WHITE",
            "PREFER_NOT");
    List<String> VETERAN = List.of("YES", "NO", "PREFER_NOT");

    /**
     * recruitment:write. A new single-use link (valid 30 days) is e-mailed to the applicant in their language;
     * an earlier unused link stops working.
     */
    void sendLink(long applicantId);

    /** Anonymous: whether the token is a live link (so the page can say so before the form). */
    boolean isValid(String token);

    /** Anonymous: stores the answers (every one optional) and uses up the link; a used or unknown one is refused. */
    void submit(String token, String gender, Set<String> raceEthnicity, String veteran);
}
