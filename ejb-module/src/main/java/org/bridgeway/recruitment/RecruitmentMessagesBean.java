package org.bridgeway.recruitment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.recruitment.api.BulkResult;
import org.bridgeway.recruitment.api.MessageTemplateView;
import org.bridgeway.recruitment.api.RecruitmentMessages;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.NotFoundException;

@Stateless
public class RecruitmentMessagesBean implements RecruitmentMessages {

    /** Templates the system sends by itself: not offered for sending by hand. */
    static final List<String> AUTOMATIC = List.of("SESSION_INVITATION", "SESSION_REMINDER", "SELF_IDENTIFICATION");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ApplicantMessenger messenger;

    @Override
    public List<MessageTemplateView> templates() {
        currentUser.checkPermission(Permission.RECRUITMENT_READ);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select code, language, subject, body from recruitment_message_template"
                + " order by code, language").getResultList();
        return rows.stream().map(r -> new MessageTemplateView((String) r[0], (String) r[1], (String) r[2],
                (String) r[3])).toList();
    }

    @Override
    public List<String> codes() {
        currentUser.checkPermission(Permission.RECRUITMENT_READ);
        @SuppressWarnings("unchecked")
        List<String> codes = em.createNativeQuery("select distinct code from recruitment_message_template order by code")
                .getResultList();
        // Step templates (STEP_…) are picked automatically when NEXT_STEP is sent to someone at that step.
        return codes.stream().filter(c -> !AUTOMATIC.contains(c) && !c.startsWith("STEP_")).toList();
    }

    @Override
    public void saveTemplate(String code, String language, String subject, String body) {
        currentUser.checkPermission(Permission.RECRUITMENT_CONFIGURE);
        if (code == null || !code.matches("[A-Z][A-Z0-9_]{1,39}") || language == null || !language.matches("[a-z]{2,3}")
                || subject == null || subject.isBlank() || subject.length() > 200 || body == null || body.isBlank()
                || body.length() > 4000) {
            throw new BusinessException("recruitment.messages.invalid");
        }
        em.createNativeQuery("insert into recruitment_message_template (code, language, subject, body, updated_at)"
                        + " values (?1, ?2, ?3, ?4, now()) on conflict (code, language) do update"
                        + " set subject = excluded.subject, body = excluded.body, updated_at = now()")
                .setParameter(1, code).setParameter(2, language).setParameter(3, subject.strip())
                .setParameter(4, body.strip()).executeUpdate();
    }

    @Override
    public BulkResult send(List<Long> applicantIds, String code) {
        currentUser.checkPermission(Permission.RECRUITMENT_WRITE);
        if (code == null || AUTOMATIC.contains(code)) {
            throw new BusinessException("recruitment.error.noTemplate");
        }
        if (applicantIds == null || applicantIds.isEmpty()) {
            throw new BusinessException("recruitment.error.noneChosen");
        }
        List<Long> done = new ArrayList<>();
        List<BulkResult.Refusal> refused = new ArrayList<>();
        for (long id : applicantIds.stream().distinct().sorted().toList()) {
            Applicant a = em.find(Applicant.class, id);
            if (a == null) {
                throw new NotFoundException();
            }
            try {
                messenger.send(a, code, "recruitment-message:" + id, Map.of());
                done.add(id);
            } catch (BusinessException e) {
                refused.add(new BulkResult.Refusal(id, a.getGivenName() + " " + a.getFamilyName(), e.messageKey(),
                        e.arguments()));
            }
        }
        return new BulkResult(done, refused);
    }
}
