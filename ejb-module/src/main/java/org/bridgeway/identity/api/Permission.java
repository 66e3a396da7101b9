package org.bridgeway.identity.api;

import java.util.List;

/**
 * Every permission the code checks. Shiro wildcard syntax: {@code domain:action}. Which role holds which is
 * data (table role_permission), documented in docs/roles.md and tested against it.
 */
public final class Permission {

    public static final String PARTNERS_READ = "partners:read";
    public static final String PARTNERS_WRITE = "partners:write";
    public static final String ACCOUNTS_MANAGE = "accounts:manage";
    public static final String AUDIT_READ = "audit:read";
    /** A residency basis, where an agency's policy needs one on file: a protected value. */
    public static final String RESIDENCY_READ = "residency:read";
    public static final String RESIDENCY_WRITE = "residency:write";

    /** Erase a person across every context (the right to be forgotten). */
    public static final String PEOPLE_ERASE = "people:erase";

    /** Record and review adults' youth-protection training and background checks. */
    public static final String SCREENING_MANAGE = "screening:manage";

    /** Create Explorer posts, set their policy and coordinators, publish consent texts; sees every post. */
    public static final String EXPLORER_CONFIGURE = "explorer:configure";
    /** Read the Explorer posts one coordinates or advises, their participants and activities. */
    public static final String EXPLORER_READ = "explorer:read";
    /** Change participants, cohorts, activities and attendance of the posts one coordinates. */
    public static final String EXPLORER_WRITE = "explorer:write";
    /** Aggregate Explorer reports (small cells suppressed). */
    public static final String EXPLORER_REPORTS = "explorer:reports";
    /** A youth's own Explorer record: schedule, RSVPs, attendance, hours, standing. */
    public static final String EXPLORER_SELF = "explorer:self";

    /** Match youth with mentors and oversee sessions, in the posts one coordinates (administrators: all). */
    public static final String MENTORSHIP_MANAGE = "mentorship:manage";
    /** A mentor's own profile, mentees (limited view) and sessions. */
    public static final String MENTORSHIP_MENTOR = "mentorship:mentor";

    /** Hiring templates, sworn-hiring rules, message templates. */
    public static final String RECRUITMENT_CONFIGURE = "recruitment:configure";
    /** Applicants, the board and timelines (restricted notes aside). */
    public static final String RECRUITMENT_READ = "recruitment:read";
    /** Create, import, move, exit, schedule and message applicants. */
    public static final String RECRUITMENT_WRITE = "recruitment:write";
    /** Background, polygraph, psychological and medical results and notes; the sworn-eligibility basis. */
    public static final String RECRUITMENT_SENSITIVE = "recruitment:sensitive";
    /** Aggregate recruitment reports (small cells suppressed). */
    public static final String RECRUITMENT_REPORTS = "recruitment:reports";
    /** A partner organisation's own referrals: counts, and opted-in applicants' progress. */
    public static final String RECRUITMENT_PARTNER = "recruitment:partner";

    /** The public area: publish the agency's policies. */
    public static final String COMMUNITY_PUBLISH = "community:publish";
    /** Liaison work: areas and assignments, outreach log and concerns, events and their leads, alliances. */
    public static final String COMMUNITY_LIAISON = "community:liaison";
    /** The community police academy: courses, cohorts, enrolment, attendance, graduation, certificates. */
    public static final String COMMUNITY_ACADEMY = "community:academy";
    /** Community dashboards and the language-access report (aggregates only). */
    public static final String COMMUNITY_REPORTS = "community:reports";
    /** Record which language an interaction was held in and how interpretation was provided. */
    public static final String LANGUAGE_LOG = "language:log";

    /** See installed extension rules and checks, switch them on per post or hiring template, see failures. */
    public static final String EXTENSIONS_MANAGE = "extensions:manage";

    public static final List<String> ALL = List.of(PARTNERS_READ, PARTNERS_WRITE, ACCOUNTS_MANAGE, AUDIT_READ,
            RESIDENCY_READ, RESIDENCY_WRITE, PEOPLE_ERASE, SCREENING_MANAGE, EXPLORER_CONFIGURE, EXPLORER_READ,
            EXPLORER_WRITE, EXPLORER_REPORTS, EXPLORER_SELF, MENTORSHIP_MANAGE, MENTORSHIP_MENTOR,
            RECRUITMENT_CONFIGURE, RECRUITMENT_READ, RECRUITMENT_WRITE, RECRUITMENT_SENSITIVE, RECRUITMENT_REPORTS,
            RECRUITMENT_PARTNER, COMMUNITY_PUBLISH, COMMUNITY_LIAISON, COMMUNITY_ACADEMY, COMMUNITY_REPORTS,
            LANGUAGE_LOG, EXTENSIONS_MANAGE);

    private Permission() {
    }
}
