package org.bridgeway.recruitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.recruitment.api.StepView;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.mail.MailOutbox;

/**
 * Sends an installation's message template to an applicant in their preferred language (English where the
 * template has no text in it), through the shared outbox, and keeps the message on the applicant's timeline.
 */
@ApplicationScoped
class ApplicantMessenger {

    /** The general "you moved to a new step" message; a step's own template replaces it. */
    static final String NEXT_STEP = "NEXT_STEP";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private ApplicantTimeline timeline;

    @Inject
    private StepCatalog catalog;

    @Inject
    private AccountDirectory accounts;

    /** Renders and queues; refused (no e-mail, unknown template) with a translated reason. */
    void send(Applicant applicant, String code, String reference, Map<String, String> extra) {
        if (applicant.getEmail() == null) {
            throw new BusinessException("recruitment.error.noEmail");
        }
        String language = applicant.getPreferredLanguage();
        StepView step = catalog.byIds(List.of(applicant.getCurrentStepId())).get(applicant.getCurrentStepId());
        // In the applicant's language first: a step's own template (e.g. STEP_WRITTEN_EXAM) before the general
        // one; then the same in English.
        List<String> codes = NEXT_STEP.equals(code) ? List.of(stepCode(step), code) : List.of(code);
        String[] text = null;
        for (String lang : List.of(language, "en")) {
            for (String candidate : codes) {
                if (text == null) {
                    text = template(candidate, lang);
                }
            }
        }
        if (text == null) {
            throw new BusinessException("recruitment.error.noTemplate");
        }
        Map<String, String> values = new HashMap<>(extra);
        values.put("name", applicant.getGivenName());
        values.putIfAbsent("step", stepName(step, text[2]));
        values.put("recruiter", applicant.getRecruiterAccountId() == null ? "" : accounts
                .displayNames(List.of(applicant.getRecruiterAccountId())).getOrDefault(applicant.getRecruiterAccountId(), ""));
        String subject = MessageText.render(text[0], values);
        String body = MessageText.render(text[1], values);
        outbox.enqueueRendered(reference, applicant.getEmail(), subject.length() > 300 ? subject.substring(0, 300) : subject,
                body);
        timeline.event(applicant.getId(), "MESSAGE", applicant.getCurrentStepId(), null, null, null, null, code,
                subject.length() > 1000 ? subject.substring(0, 1000) : subject, false);
    }

    /** The code of a step's own template: STEP_ and the step's code in capitals. */
    static String stepCode(StepView step) {
        return "STEP_" + step.code().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** Subject, body and language of a template in exactly this language; null when there is none. */
    private String[] template(String code, String language) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select subject, body, language from recruitment_message_template"
                        + " where code = ?1 and language = ?2").setParameter(1, code).setParameter(2, language)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        return new String[] {(String) rows.get(0)[0], (String) rows.get(0)[1], (String) rows.get(0)[2]};
    }

    /** The step's own name, else its kind's name in the message's language. */
    String stepName(StepView step, String language) {
        if (step.name() != null) {
            return step.name();
        }
        ResourceBundle names = ResourceBundle.getBundle("mail.recruitment-steps", Locale.forLanguageTag(language),
                ApplicantMessenger.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return names.getString("StepKind." + step.kind());
    }
}
