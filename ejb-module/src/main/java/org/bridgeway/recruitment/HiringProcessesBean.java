package org.bridgeway.recruitment;

import static org.bridgeway.shared.Strings.blankToNull;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.recruitment.api.Education;
import org.bridgeway.recruitment.api.HiringProcesses;
import org.bridgeway.recruitment.api.RecruitmentRulesView;
import org.bridgeway.recruitment.api.ResidencyRule;
import org.bridgeway.recruitment.api.StepDefinition;
import org.bridgeway.recruitment.api.StepView;
import org.bridgeway.recruitment.api.TemplateView;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.ConcurrentChangeException;
import org.bridgeway.shared.NotFoundException;

@Stateless
public class HiringProcessesBean implements HiringProcesses {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StepCatalog catalog;

    @Override
    public List<TemplateView> templates() {
        checkRead();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, version, name, is_default from hiring_template"
                + " order by is_default desc, name").getResultList();
        return rows.stream().map(r -> view(r)).toList();
    }

    @Override
    public TemplateView template(long templateId) {
        checkRead();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, version, name, is_default from hiring_template"
                + " where id = ?1").setParameter(1, templateId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        return view(rows.get(0));
    }

    @Override
    public TemplateView defaultTemplate() {
        return template(catalog.defaultTemplateId());
    }

    private TemplateView view(Object[] r) {
        long id = ((Number) r[0]).longValue();
        return new TemplateView(id, ((Number) r[1]).longValue(), (String) r[2], (Boolean) r[3], catalog.steps(id));
    }

    @Override
    public long createTemplate(String name, List<StepDefinition> steps) {
        currentUser.checkPermission(Permission.RECRUITMENT_CONFIGURE);
        HiringTemplates.validate(steps);
        Object id = em.createNativeQuery("insert into hiring_template (name, is_default, created_at, updated_at)"
                + " values (?1, false, now(), now()) returning id").setParameter(1, requireName(name)).getSingleResult();
        long templateId = ((Number) id).longValue();
        for (int i = 0; i < steps.size(); i++) {
            insertStep(templateId, i, steps.get(i));
        }
        return templateId;
    }

    @Override
    public void saveTemplate(long templateId, long version, String name, List<StepDefinition> steps) {
        currentUser.checkPermission(Permission.RECRUITMENT_CONFIGURE);
        HiringTemplates.validate(steps);
        int updated = em.createNativeQuery("update hiring_template set name = ?1, version = version + 1,"
                        + " updated_at = now() where id = ?2 and version = ?3")
                .setParameter(1, requireName(name)).setParameter(2, templateId).setParameter(3, version).executeUpdate();
        if (updated == 0) {
            template(templateId); // not found, or:
            throw new ConcurrentChangeException();
        }
        Map<String, StepView> existing = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object> all = em.createNativeQuery("select id from hiring_step where template_id = ?1")
                .setParameter(1, templateId).getResultList();
        catalog.byIds(all.stream().map(o -> ((Number) o).longValue()).toList()).values()
                .forEach(s -> existing.put(s.code(), s));
        // Positions are freed first so the new order never collides with the old one.
        em.createNativeQuery("update hiring_step set position = null where template_id = ?1").setParameter(1, templateId)
                .executeUpdate();
        for (int i = 0; i < steps.size(); i++) {
            StepDefinition step = steps.get(i);
            StepView old = existing.remove(step.code());
            if (old == null) {
                insertStep(templateId, i, step);
            } else {
                em.createNativeQuery("update hiring_step set position = ?1, kind = ?2, name = ?3, outcome_kind = ?4,"
                                + " cut_off = cast(?5 as integer), retest_wait_days = cast(?6 as integer), required = ?7"
                                + " where id = ?8")
                        .setParameter(1, i).setParameter(2, step.kind().name()).setParameter(3, blankToNull(step.name()))
                        .setParameter(4, step.outcomeKind().name()).setParameter(5, step.cutOff())
                        .setParameter(6, step.retestWaitDays()).setParameter(7, step.required())
                        .setParameter(8, old.id()).executeUpdate();
            }
        }
        for (StepView retired : existing.values()) {
            Number open = (Number) em.createNativeQuery("select count(*) from applicant where current_step_id = ?1"
                    + " and state in ('ACTIVE', 'DEFERRED')").setParameter(1, retired.id()).getSingleResult();
            if (open.longValue() > 0) {
                throw new BusinessException("recruitment.template.stepInUse",
                        retired.name() != null ? retired.name() : BusinessException.translated("StepKind." + retired.kind()),
                        open.longValue());
            }
        }
    }

    private void insertStep(long templateId, int position, StepDefinition step) {
        em.createNativeQuery("insert into hiring_step (template_id, position, code, kind, name, outcome_kind, cut_off,"
                        + " retest_wait_days, required) values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as integer),"
                        + " cast(?8 as integer), ?9)")
                .setParameter(1, templateId).setParameter(2, position).setParameter(3, step.code())
                .setParameter(4, step.kind().name()).setParameter(5, blankToNull(step.name()))
                .setParameter(6, step.outcomeKind().name()).setParameter(7, step.cutOff())
                .setParameter(8, step.retestWaitDays()).setParameter(9, step.required()).executeUpdate();
    }

    @Override
    public RecruitmentRulesView rules() {
        checkRead();
        Object[] r = (Object[]) em.createNativeQuery("select version, minimum_age, next_academy_graduation,"
                + " minimum_education, residency_rule from recruitment_rules where id = 1").getSingleResult();
        return new RecruitmentRulesView(((Number) r[0]).longValue(), ((Number) r[1]).intValue(),
                org.bridgeway.shared.SqlValues.date(r[2]), Education.valueOf((String) r[3]),
                ResidencyRule.valueOf((String) r[4]));
    }

    @Override
    public void saveRules(long version, int minimumAge, LocalDate nextAcademyGraduation, Education minimumEducation,
            ResidencyRule residencyRule) {
        currentUser.checkPermission(Permission.RECRUITMENT_CONFIGURE);
        if (minimumAge < 18 || minimumAge > 30 || minimumEducation == null || residencyRule == null) {
            throw new BusinessException("recruitment.rules.invalid");
        }
        int updated = em.createNativeQuery("update recruitment_rules set minimum_age = ?1,"
                        + " next_academy_graduation = cast(?2 as date), minimum_education = ?3, residency_rule = ?4,"
                        + " updated_by = ?5, updated_at = now(), version = version + 1 where id = 1 and version = ?6")
                .setParameter(1, minimumAge)
                .setParameter(2, nextAcademyGraduation == null ? null : java.sql.Date.valueOf(nextAcademyGraduation))
                .setParameter(3, minimumEducation.name()).setParameter(4, residencyRule.name())
                .setParameter(5, currentUser.auditActor()).setParameter(6, version).executeUpdate();
        if (updated == 0) {
            throw new ConcurrentChangeException();
        }
    }

    private void checkRead() {
        if (!currentUser.isPermitted(Permission.RECRUITMENT_READ) && !currentUser.isPermitted(Permission.RECRUITMENT_REPORTS)
                && !currentUser.isPermitted(Permission.RECRUITMENT_PARTNER)) {
            currentUser.checkPermission(Permission.RECRUITMENT_READ);
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 120) {
            throw new BusinessException("recruitment.template.name");
        }
        return name.strip();
    }
}
