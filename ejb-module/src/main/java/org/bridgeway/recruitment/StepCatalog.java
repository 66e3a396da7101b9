package org.bridgeway.recruitment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.recruitment.api.OutcomeKind;
import org.bridgeway.recruitment.api.StepKind;
import org.bridgeway.recruitment.api.StepView;
import org.bridgeway.shared.NotFoundException;

/** Reads hiring steps (no permission of its own: callers check theirs). Retired steps have position -1. */
@ApplicationScoped
class StepCatalog {

    private static final String COLUMNS = "id, coalesce(position, -1), code, kind, name, outcome_kind, cut_off,"
            + " retest_wait_days, required";

    @PersistenceContext
    private EntityManager em;

    /** The template's current steps in order. */
    List<StepView> steps(long templateId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from hiring_step where template_id = ?1"
                + " and position is not null order by position").setParameter(1, templateId).getResultList();
        return rows.stream().map(StepCatalog::step).toList();
    }

    long defaultTemplateId() {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select id from hiring_template where is_default").getResultList();
        return ids.stream().map(o -> ((Number) o).longValue()).findFirst().orElseThrow(NotFoundException::new);
    }

    /** Steps by id, retired ones included (timelines show them). */
    Map<Long, StepView> byIds(Collection<Long> ids) {
        Map<Long, StepView> steps = new HashMap<>();
        if (ids.isEmpty()) {
            return steps;
        }
        String in = ids.stream().map(String::valueOf).distinct().collect(java.util.stream.Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from hiring_step where id = any(cast(?1 as bigint[]))")
                .setParameter(1, "{" + in + "}").getResultList();
        rows.forEach(r -> steps.put(((Number) r[0]).longValue(), step(r)));
        return steps;
    }

    private static StepView step(Object[] r) {
        return new StepView(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2],
                StepKind.valueOf((String) r[3]), (String) r[4], OutcomeKind.valueOf((String) r[5]),
                r[6] == null ? null : ((Number) r[6]).intValue(), r[7] == null ? null : ((Number) r[7]).intValue(),
                (Boolean) r[8]);
    }
}
