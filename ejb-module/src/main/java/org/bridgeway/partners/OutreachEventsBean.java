package org.bridgeway.partners;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.sql.Date;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import org.bridgeway.explorer.api.ExplorerDirectory;
import org.bridgeway.explorer.api.ParticipantSource;
import org.bridgeway.explorer.api.Participants;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.partners.api.EventDraft;
import org.bridgeway.partners.api.InterestForm;
import org.bridgeway.partners.api.OutreachEvents;
import org.bridgeway.recruitment.api.ApplicantSource;
import org.bridgeway.recruitment.api.Applicants;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.ConcurrentChangeException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.Page;
import org.bridgeway.shared.PageRequest;
import org.bridgeway.shared.SqlValues;
import org.bridgeway.shared.Validated;
import org.bridgeway.shared.Strings;

@Stateless
public class OutreachEventsBean implements OutreachEvents {

    static final String YOUTH_LEAD = "EXPLORER_PARTICIPANT";
    static final String CAREER_LEAD = "RECRUITMENT_APPLICANT";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Validator validator;

    @Inject
    private Participants participants;

    @Inject
    private Applicants applicants;

    @Inject
    private ExplorerDirectory explorer;

    @Override
    public long create(EventDraft draft) {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        Validated.check(validator, draft);
        long event = SqlValues.longValue(em.createNativeQuery("""
                insert into outreach_event (kind, name, held_on, place, community_id, languages_offered,
                    interpreter_present, head_count, created_by)
                values (?1, ?2, ?3, cast(?4 as varchar), cast(?5 as bigint), ?6, ?7, cast(?8 as int), ?9) returning id""")
                .setParameter(1, draft.getKind().name()).setParameter(2, draft.getName().strip())
                .setParameter(3, Date.valueOf(draft.getHeldOn())).setParameter(4, Strings.blankToNull(draft.getPlace()))
                .setParameter(5, draft.getCommunityId()).setParameter(6, String.join(",", draft.getLanguagesOffered()))
                .setParameter(7, draft.isInterpreterPresent()).setParameter(8, draft.getHeadCount())
                .setParameter(9, currentUser.auditActor()).getSingleResult());
        for (Long partner : draft.getCohostPartnerIds()) {
            int added = em.createNativeQuery("""
                    insert into outreach_event_cohost (event_id, partner_id)
                    select ?1, id from partner_organisation where id = ?2 on conflict do nothing""")
                    .setParameter(1, event).setParameter(2, partner).executeUpdate();
            if (added == 0 && em.createNativeQuery("select 1 from partner_organisation where id = ?1")
                    .setParameter(1, partner).getResultList().isEmpty()) {
                throw new NotFoundException();
            }
        }
        return event;
    }

    @Override
    public void recordTurnout(long eventId, long version, Integer headCount, boolean interpreterPresent) {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        if (headCount != null && headCount < 0) {
            throw new BusinessException("event.headCount.invalid");
        }
        int changed = em.createNativeQuery("""
                update outreach_event set head_count = cast(?3 as int), interpreter_present = ?4, version = version + 1
                 where id = ?1 and version = ?2""").setParameter(1, eventId).setParameter(2, version)
                .setParameter(3, headCount).setParameter(4, interpreterPresent).executeUpdate();
        if (changed == 0) {
            event(eventId);
            throw new ConcurrentChangeException();
        }
    }

    @Override
    public Page<EventRow> events(PageRequest page) {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        long total = SqlValues.longValue(em.createNativeQuery("select count(*) from outreach_event").getSingleResult());
        return new Page<>(rows(null, page.offset(), page.size()), total);
    }

    @Override
    public EventRow event(long eventId) {
        currentUser.checkPermission(Permission.COMMUNITY_LIAISON);
        return rows(eventId, 0, 1).stream().findFirst().orElseThrow(NotFoundException::new);
    }

    private List<EventRow> rows(Long eventId, int offset, int size) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select e.id, e.version, e.kind, e.name, e.held_on, e.place, a.name, e.languages_offered,
                       e.interpreter_present, e.head_count,
                       (select coalesce(string_agg(p.name, '|' order by p.name), '') from outreach_event_cohost h
                          join partner_organisation p on p.id = h.partner_id where h.event_id = e.id),
                       (select count(*) from outreach_event_lead l where l.event_id = e.id and l.lead_type = ?4),
                       (select count(*) from outreach_event_lead l where l.event_id = e.id and l.lead_type = ?5)
                  from outreach_event e left join community_area a on a.id = e.community_id
                 where cast(?1 as bigint) is null or e.id = cast(?1 as bigint)
                 order by e.held_on desc, e.id desc offset ?2 limit ?3""")
                .setParameter(1, eventId).setParameter(2, offset).setParameter(3, size)
                .setParameter(4, YOUTH_LEAD).setParameter(5, CAREER_LEAD).getResultList();
        return rows.stream().map(r -> new EventRow(SqlValues.longValue(r[0]), SqlValues.longValue(r[1]),
                EventKind.valueOf((String) r[2]), (String) r[3], SqlValues.date(r[4]), (String) r[5], (String) r[6],
                Strings.commaList((String) r[7]), (Boolean) r[8], r[9] == null ? null : ((Number) r[9]).intValue(),
                split((String) r[10], "\\|"), SqlValues.longValue(r[11]), SqlValues.longValue(r[12]))).toList();
    }

    @Override
    public Lead captureLead(long eventId, InterestForm form) {
        EventRow event = event(eventId);
        Validated.check(validator, form);
        Lead lead;
        if (form.getKind() == InterestForm.Kind.YOUTH) {
            int age = form.getBirthDate() == null ? -1 : Period.between(form.getBirthDate(), LocalDate.now()).getYears();
            if (age < 14 || age > 20) {
                throw new BusinessException("public.youth.age");
            }
            if (form.getPostId() == null || !explorer.allPosts().contains(form.getPostId())) {
                throw new BusinessException("public.youth.post");
            }
            // The liaison's permission was checked above; enrolling an applicant is Explorer's own rule set.
            long participant = currentUser.runAsSystem(() -> participants.enroll(
                    Leads.youth(form, ParticipantSource.EVENT)));
            lead = new Lead(YOUTH_LEAD, participant);
        } else {
            long applicant = currentUser.runAsSystem(() -> applicants.create(
                    Leads.adult(form, ApplicantSource.OUTREACH_EVENT, null, event.name())).id());
            lead = new Lead(CAREER_LEAD, applicant);
        }
        em.createNativeQuery("insert into outreach_event_lead (event_id, lead_type, lead_id) values (?1, ?2, ?3)")
                .setParameter(1, eventId).setParameter(2, lead.type()).setParameter(3, lead.id()).executeUpdate();
        return lead;
    }

    private static List<String> split(String value, String separator) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(separator));
    }
}
