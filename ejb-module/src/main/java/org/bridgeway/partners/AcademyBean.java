package org.bridgeway.partners;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.partners.api.Academy;
import org.bridgeway.partners.api.EnrolmentDraft;
import org.bridgeway.partners.api.SurveyAnswer;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.Hashes;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.SqlValues;
import org.bridgeway.shared.Validated;
import org.bridgeway.shared.reports.SuppressedTable;
import org.bridgeway.shared.Strings;

@Stateless
public class AcademyBean implements Academy {

    /** Survey codes: no 0/O or 1/I/L, so a code read off paper is typed right. */
    private static final char[] CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SURVEY_ATTEMPTS_PER_HOUR = 30;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Validator validator;

    @Inject
    private PublicSubmissions submissions;

    @Override
    public long createCourse(String name, String description, int sessionCount, int attendanceBar) {
        currentUser.checkPermission(Permission.COMMUNITY_ACADEMY);
        if (name == null || name.isBlank() || name.length() > 200 || (description != null && description.length() > 2000)) {
            throw new BusinessException("academy.course.invalid");
        }
        if (sessionCount < 1 || sessionCount > 52 || attendanceBar < 1 || attendanceBar > sessionCount) {
            throw new BusinessException("academy.course.bar", sessionCount);
        }
        if (!em.createNativeQuery("select 1 from academy_course where lower(name) = lower(?1)")
                .setParameter(1, name.strip()).getResultList().isEmpty()) {
            throw new BusinessException("academy.course.duplicate");
        }
        return number(em.createNativeQuery("""
                insert into academy_course (name, description, session_count, attendance_bar)
                values (?1, cast(?2 as varchar), ?3, ?4) returning id""")
                .setParameter(1, name.strip()).setParameter(2, Strings.blankToNull(description))
                .setParameter(3, sessionCount).setParameter(4, attendanceBar).getSingleResult());
    }

    @Override
    public List<Course> courses() {
        currentUser.checkPermission(Permission.COMMUNITY_ACADEMY);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, name, description, session_count, attendance_bar"
                + " from academy_course order by name").getResultList();
        return rows.stream().map(r -> new Course(number(r[0]), (String) r[1], (String) r[2], (int) number(r[3]),
                (int) number(r[4]))).toList();
    }

    @Override
    public long openCohort(long courseId, String name, LocalDate startsOn) {
        currentUser.checkPermission(Permission.COMMUNITY_ACADEMY);
        if (name == null || name.isBlank() || name.length() > 200 || startsOn == null) {
            throw new BusinessException("academy.cohort.invalid");
        }
        Course course = courses().stream().filter(c -> c.id() == courseId).findFirst()
                .orElseThrow(NotFoundException::new);
        if (!em.createNativeQuery("select 1 from academy_cohort where course_id = ?1 and lower(name) = lower(?2)")
                .setParameter(1, courseId).setParameter(2, name.strip()).getResultList().isEmpty()) {
            throw new BusinessException("academy.cohort.duplicate");
        }
        long cohort = number(em.createNativeQuery("""
                insert into academy_cohort (course_id, name, starts_on, session_count, attendance_bar)
                values (?1, ?2, ?3, ?4, ?5) returning id""")
                .setParameter(1, courseId).setParameter(2, name.strip()).setParameter(3, Date.valueOf(startsOn))
                .setParameter(4, course.sessionCount()).setParameter(5, course.attendanceBar()).getSingleResult());
        // One session a week from the start; dates and topics are planned afterwards.
        em.createNativeQuery("""
                insert into academy_session (cohort_id, number, held_on)
                select ?1, n, cast(?2 as date) + (n - 1) * 7 from generate_series(1, ?3) n""")
                .setParameter(1, cohort).setParameter(2, Date.valueOf(startsOn)).setParameter(3, course.sessionCount())
                .executeUpdate();
        return cohort;
    }

    @Override
    public List<CohortSummary> cohorts() {
        currentUser.checkPermission(Permission.COMMUNITY_ACADEMY);
        return cohortRows(null);
    }

    @Override
    public CohortSummary cohort(long cohortId) {
        currentUser.checkPermission(Permission.COMMUNITY_ACADEMY);
        return cohortRows(cohortId).stream().findFirst().orElseThrow(NotFoundException::new);
    }

    private List<CohortSummary> cohortRows(Long cohortId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.id, c.course_id, k.name, c.name, c.starts_on, c.session_count, c.attendance_bar,
                       (select count(*) from academy_enrolment e where e.cohort_id = c.id), c.graduated_at is not null
                  from academy_cohort c join academy_course k on k.id = c.course_id
                 where cast(?1 as bigint) is null or c.id = cast(?1 as bigint)
                 order by c.starts_on desc, c.id desc""").setParameter(1, cohortId).getResultList();
        return rows.stream().map(r -> new CohortSummary(number(r[0]), number(r[1]), (String) r[2], (String) r[3],
                SqlValues.date(r[4]), (int) number(r[5]), (int) number(r[6]), number(r[7]), (Boolean) r[8]))
                .toList();
    }

    @Override
    public List<SessionPlan> sessions(long cohortId) {
        cohort(cohortId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select s.number, s.held_on, s.topic, s.speaker, s.plan,
                       exists (select 1 from academy_attendance a where a.cohort_id = s.cohort_id and a.number = s.number)
                  from academy_session s where s.cohort_id = ?1 order by s.number""")
                .setParameter(1, cohortId).getResultList();
        return rows.stream().map(r -> new SessionPlan((int) number(r[0]), SqlValues.date(r[1]), (String) r[2],
                (String) r[3], (String) r[4], (Boolean) r[5])).toList();
    }

    @Override
    public void planSession(long cohortId, int number, LocalDate heldOn, String topic, String speaker, String plan) {
        cohort(cohortId);
        if (heldOn == null || length(topic) > 200 || length(speaker) > 200 || length(plan) > 4000) {
            throw new BusinessException("academy.session.invalid");
        }
        int changed = em.createNativeQuery("""
                update academy_session set held_on = ?3, topic = cast(?4 as varchar), speaker = cast(?5 as varchar),
                       plan = cast(?6 as varchar)
                 where cohort_id = ?1 and number = ?2""")
                .setParameter(1, cohortId).setParameter(2, number).setParameter(3, Date.valueOf(heldOn))
                .setParameter(4, Strings.blankToNull(topic)).setParameter(5, Strings.blankToNull(speaker))
                .setParameter(6, Strings.blankToNull(plan)).executeUpdate();
        if (changed == 0) {
            throw new NotFoundException();
        }
    }

    @Override
    public long enrol(long cohortId, EnrolmentDraft draft) {
        cohort(cohortId);
        Validated.check(validator, draft);
        return number(em.createNativeQuery("""
                insert into academy_enrolment (cohort_id, given_name, family_name, email, phone, preferred_language,
                    languages, interpreter_needed, interpreter_language, enrolled_at)
                values (?1, ?2, ?3, cast(?4 as varchar), cast(?5 as varchar), ?6, ?7, ?8, cast(?9 as varchar), now())
                returning id""")
                .setParameter(1, cohortId).setParameter(2, draft.getGivenName().strip())
                .setParameter(3, draft.getFamilyName().strip()).setParameter(4, Strings.blankToNull(draft.getEmail()))
                .setParameter(5, Strings.blankToNull(draft.getPhone())).setParameter(6, draft.getPreferredLanguage())
                .setParameter(7, String.join(",", draft.getLanguages()))
                .setParameter(8, draft.isInterpreterNeeded())
                .setParameter(9, draft.isInterpreterNeeded() ? draft.getInterpreterLanguage() : null)
                .getSingleResult());
    }

    @Override
    public List<RosterRow> roster(long cohortId) {
        cohort(cohortId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select e.id, e.given_name, e.family_name, e.preferred_language, e.languages, e.interpreter_needed,
                       e.interpreter_language, e.graduated, e.certificate_number,
                       coalesce(string_agg(cast(a.number as varchar), ',' order by a.number)
                                filter (where a.present), '')
                  from academy_enrolment e left join academy_attendance a on a.enrolment_id = e.id
                 where e.cohort_id = ?1
                 group by e.id order by e.family_name, e.given_name, e.id""").setParameter(1, cohortId).getResultList();
        return rows.stream().map(r -> {
            Set<Integer> present = new TreeSet<>();
            for (String n : ((String) r[9]).split(",")) {
                if (!n.isEmpty()) {
                    present.add(Integer.valueOf(n));
                }
            }
            return new RosterRow(number(r[0]), (String) r[1], (String) r[2], (String) r[3], Strings.commaList((String) r[4]),
                    (Boolean) r[5], (String) r[6], present.size(), present, (Boolean) r[7], (String) r[8]);
        }).toList();
    }

    @Override
    public void recordAttendance(long cohortId, int sessionNumber, Set<Long> presentEnrolmentIds) {
        cohort(cohortId);
        if (em.createNativeQuery("select 1 from academy_session where cohort_id = ?1 and number = ?2")
                .setParameter(1, cohortId).setParameter(2, sessionNumber).getResultList().isEmpty()) {
            throw new NotFoundException();
        }
        String present = presentEnrolmentIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        // One statement for the whole session: listed people present, everyone else of the cohort absent.
        em.createNativeQuery("""
                insert into academy_attendance (cohort_id, number, enrolment_id, present)
                select ?1, ?2, e.id, e.id = any(cast(string_to_array(?3, ',') as bigint[])) from academy_enrolment e where e.cohort_id = ?1
                on conflict (cohort_id, number, enrolment_id) do update set present = excluded.present""")
                .setParameter(1, cohortId).setParameter(2, sessionNumber).setParameter(3, present).executeUpdate();
    }

    @Override
    public Graduation graduate(long cohortId) {
        CohortSummary cohort = cohort(cohortId);
        em.createNativeQuery("""
                update academy_enrolment e
                   set graduated = (select count(*) from academy_attendance a
                                     where a.enrolment_id = e.id and a.present) >= ?2
                 where e.cohort_id = ?1""").setParameter(1, cohortId).setParameter(2, cohort.attendanceBar())
                .executeUpdate();
        em.createNativeQuery("""
                update academy_enrolment set certificate_number = case when graduated
                       then coalesce(certificate_number, 'CPA-' || cohort_id || '-' || id) end
                 where cohort_id = ?1""").setParameter(1, cohortId).executeUpdate();
        em.createNativeQuery("update academy_cohort set graduated_at = now(), version = version + 1 where id = ?1")
                .setParameter(1, cohortId).executeUpdate();
        Object[] counts = (Object[]) em.createNativeQuery("""
                select count(*) filter (where graduated), count(*) filter (where not graduated)
                  from academy_enrolment where cohort_id = ?1""").setParameter(1, cohortId).getSingleResult();
        return new Graduation((int) number(counts[0]), (int) number(counts[1]));
    }

    @Override
    public Certificate certificate(long enrolmentId) {
        currentUser.checkPermission(Permission.COMMUNITY_ACADEMY);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select e.given_name, e.family_name, e.preferred_language, e.certificate_number, k.name, c.name,
                       c.session_count, (select count(*) from academy_attendance a where a.enrolment_id = e.id
                                          and a.present),
                       (select max(s.held_on) from academy_session s where s.cohort_id = c.id)
                  from academy_enrolment e join academy_cohort c on c.id = e.cohort_id
                  join academy_course k on k.id = c.course_id
                 where e.id = ?1 and e.graduated""").setParameter(1, enrolmentId).getResultList();
        Object[] r = rows.stream().findFirst().orElseThrow(NotFoundException::new);
        String name = r[0] + " " + r[1];
        byte[] pdf = AcademyDocuments.certificate((String) r[2], name, (String) r[4], (String) r[5],
                (int) number(r[7]), (int) number(r[6]), SqlValues.date(r[8]), (String) r[3]);
        return new Certificate("certificate-" + r[3] + ".pdf", pdf);
    }

    @Override
    public byte[] surveySlips(long cohortId, int count, String surveyAddress) {
        CohortSummary cohort = cohort(cohortId);
        if (count < 1 || count > 500) {
            throw new BusinessException("academy.survey.count");
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            char[] code = new char[CODE_LENGTH];
            for (int c = 0; c < CODE_LENGTH; c++) {
                code[c] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
            }
            codes.add(new String(code));
        }
        em.createNativeQuery("""
                insert into academy_survey_code (code_hash, cohort_id) select h, ?1 from unnest(string_to_array(?2, ',')) h""")
                .setParameter(1, cohortId).setParameter(2, String.join(",", codes.stream().map(Hashes::sha256Hex).toList()))
                .executeUpdate();
        return AcademyDocuments.surveySlips(cohort.courseName() + " · " + cohort.name(), surveyAddress, codes);
    }

    @Override
    public SurveyOutcome answerSurvey(String code, SurveyAnswer answer, String clientAddress) {
        if (submissions.countAttempt("survey:" + Hashes.sha256Hex(clientAddress == null ? "" : clientAddress),
                java.time.Duration.ofHours(1)) > SURVEY_ATTEMPTS_PER_HOUR) {
            return SurveyOutcome.RATE_LIMITED;
        }
        Validated.check(validator, answer);
        String normalised = code == null ? "" : code.strip().toUpperCase().replaceAll("[\\s-]", "");
        if (normalised.length() != CODE_LENGTH) {
            return SurveyOutcome.UNKNOWN_CODE;
        }
        @SuppressWarnings("unchecked")
        List<Object> cohort = em.createNativeQuery("""
                update academy_survey_code set used = true where code_hash = ?1 and not used returning cohort_id""")
                .setParameter(1, Hashes.sha256Hex(normalised)).getResultList();
        if (cohort.isEmpty()) {
            return SurveyOutcome.UNKNOWN_CODE;
        }
        // A random id and no time: the answers cannot be ordered against enrolments, codes or anything else.
        em.createNativeQuery("""
                insert into academy_survey_answer (id, cohort_id, overall, understanding, trust, would_recommend, comment)
                values (gen_random_uuid(), ?1, ?2, ?3, ?4, ?5, cast(?6 as varchar))""")
                .setParameter(1, number(cohort.get(0))).setParameter(2, answer.getOverall())
                .setParameter(3, answer.getUnderstanding()).setParameter(4, answer.getTrust())
                .setParameter(5, answer.isWouldRecommend()).setParameter(6, Strings.blankToNull(answer.getComment()))
                .executeUpdate();
        return SurveyOutcome.ACCEPTED;
    }

    @Override
    public SurveyResults surveyResults(long cohortId) {
        cohort(cohortId);
        Object[] r = (Object[]) em.createNativeQuery("""
                select count(*), avg(overall), avg(understanding), avg(trust), count(*) filter (where would_recommend)
                  from academy_survey_answer where cohort_id = ?1""").setParameter(1, cohortId).getSingleResult();
        long answers = number(r[0]);
        if (answers < SuppressedTable.THRESHOLD) {
            return new SurveyResults(answers, false, null, null, null, null, List.of());
        }
        @SuppressWarnings("unchecked")
        List<String> comments = em.createNativeQuery("""
                select comment from academy_survey_answer where cohort_id = ?1 and comment is not null order by id""")
                .setParameter(1, cohortId).getResultList();
        return new SurveyResults(answers, true, decimal(r[1]), decimal(r[2]), decimal(r[3]), number(r[4]), comments);
    }

    private static Double decimal(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
