package org.bridgeway.partners.api;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.bridgeway.shared.Page;
import org.bridgeway.shared.PageRequest;

/**
 * Liaison officers' work (community:liaison): the communities and named neighbourhoods they cover, their
 * assignments to areas and partners, the outreach log, and concerns recorded by topic - never by who raised them.
 * Dashboards need community:reports or community:liaison.
 */
@Local
public interface Outreach {

    enum AreaKind {
        COMMUNITY, NEIGHBOURHOOD
    }

    enum ContactKind {
        VISIT, MEETING, CALL, EVENT
    }

    enum ConcernTopic {
        FEAR_OF_IMMIGRATION_ENFORCEMENT, TRAFFIC_SAFETY, YOUTH_SAFETY, HATE_OR_BIAS_INCIDENT, PROPERTY_CRIME,
        POLICE_CONDUCT, LANGUAGE_ACCESS, SCAMS_AND_FRAUD, DOMESTIC_VIOLENCE_RESOURCES, OTHER
    }

    enum ConcernStatus {
        OPEN, IN_PROGRESS, RESOLVED
    }

    record Area(long id, AreaKind kind, String name) implements Serializable {
    }

    record Assignment(long id, long accountId, String liaisonName, Long areaId, String areaName, AreaKind areaKind,
            Long partnerId, String partnerName) implements Serializable {
    }

    record ContactRow(long id, ContactKind kind, LocalDate occurredOn, String place, String community,
            String neighbourhood, String partner, String liaison, List<String> languages, String summary,
            long openConcerns) implements Serializable {
    }

    record ConcernRow(long id, long version, ConcernTopic topic, String community, LocalDate raisedOn, int ageDays,
            String followUp, ConcernStatus status, long contactId) implements Serializable {
    }

    /** Age buckets of open concerns, in days: up to 7, 8-30, 31-90, over 90. */
    List<String> AGE_BUCKETS = List.of("0-7", "8-30", "31-90", "90+");

    /** Open (not resolved) concerns per community (rows) and age bucket (columns); plus totals by topic. */
    record ConcernDashboard(List<String> communities, long[][] byAge, List<ConcernTopic> topics, long[] byTopic)
            implements Serializable {
    }

    /** Contacts per community (rows) and month (columns), and per kind over the whole period. */
    record OutreachDashboard(List<String> communities, List<YearMonth> months, long[][] contacts,
            long[] byKind) implements Serializable {
    }

    List<Area> areas();

    long addArea(AreaKind kind, String name);

    /** Assigns a liaison to an area or (exclusive) a partner; accounts:manage or community:liaison. */
    long assign(long accountId, Long areaId, Long partnerId);

    void unassign(long assignmentId);

    /** Everyone's assignments, or one liaison's. */
    List<Assignment> assignments(Long accountId);

    long logContact(ContactDraft draft);

    /** The log, newest first; only the signed-in liaison's own contacts when mine is true. */
    Page<ContactRow> contacts(boolean mine, Long communityId, PageRequest page);

    /** Open and in-progress concerns, oldest first, optionally of one community. */
    Page<ConcernRow> openConcerns(Long communityId, ConcernTopic topic, PageRequest page);

    void updateConcern(long concernId, long version, ConcernStatus status, String followUp);

    ConcernDashboard concernDashboard(LocalDate today);

    OutreachDashboard outreachDashboard(YearMonth from, YearMonth until);
}
