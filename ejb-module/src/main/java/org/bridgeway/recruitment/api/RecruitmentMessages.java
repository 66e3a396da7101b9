package org.bridgeway.recruitment.api;

import jakarta.ejb.Local;
import java.util.List;

/**
 * Messages to applicants from templates per code and language (English, Spanish and Somali shipped): sent
 * through the outbox in each applicant's language and kept on their timeline.
 */
@Local
public interface RecruitmentMessages {

    /** recruitment:read. */
    List<MessageTemplateView> templates();

    /** Codes an applicant can be sent by hand (recruitment:read). */
    List<String> codes();

    /** recruitment:configure; a new code or language is added. */
    void saveTemplate(String code, String language, String subject, String body);

    /** recruitment:write; each applicant on their own (no e-mail → refused with a reason). */
    BulkResult send(List<Long> applicantIds, String code);
}
