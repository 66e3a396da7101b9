package org.bridgeway.partners.api;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Partner people (leaders and contacts), named alliances of partners, and the log of their convenings with the
 * commitments and follow-ups made there (community:liaison). An alliance's public statement is published like a
 * policy, one text per language (community:publish).
 */
@Local
public interface Alliances {

    enum PreferredContact {
        EMAIL, PHONE, IN_PERSON, THROUGH_PARTNER
    }

    enum ActionKind {
        COMMITMENT, FOLLOW_UP
    }

    enum ActionStatus {
        OPEN, DONE, DROPPED
    }

    record Person(long id, long partnerId, String partnerName, String name, String title, boolean leader,
            List<String> languages, PreferredContact preferredContact, String email, String phone)
            implements Serializable {
    }

    record Member(long partnerId, String name, LocalDate joinedOn) implements Serializable {
    }

    record AllianceSummary(long id, String name, String description, List<Member> members, long convenings,
            long openActions) implements Serializable {
    }

    record Action(long id, long version, long conveningId, String alliance, ActionKind kind, String description,
            String owner, LocalDate dueOn, ActionStatus status, boolean overdue) implements Serializable {
    }

    record Convening(long id, LocalDate heldOn, String place, String topics, List<String> attendees,
            List<Action> actions) implements Serializable {
    }

    List<Person> people(long partnerId);

    long addPerson(long partnerId, PartnerPersonDraft draft);

    void deactivatePerson(long personId);

    long createAlliance(String name, String description);

    List<AllianceSummary> alliances();

    AllianceSummary alliance(long allianceId);

    void addMember(long allianceId, long partnerId, LocalDate joinedOn);

    void removeMember(long allianceId, long partnerId);

    /** The people of the alliance's member partners, for choosing attendees and owners. */
    List<Person> memberPeople(long allianceId);

    long logConvening(ConveningDraft draft);

    /** Newest first, with attendees and actions. */
    List<Convening> convenings(long allianceId);

    void setActionStatus(long actionId, long version, ActionStatus status);

    /** Open commitments and follow-ups of every alliance, soonest due first. */
    List<Action> openActions();

    /** Publishes (a new version of) the alliance's statement in one language; returns the version. */
    int publishStatement(long allianceId, String language, String title, String body);
}
