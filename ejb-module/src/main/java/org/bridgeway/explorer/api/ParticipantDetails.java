package org.bridgeway.explorer.api;

import java.io.Serializable;
import java.util.List;

/**
 * A participant as the edit screen shows it. statusReason is a bundle key (e.g. an ineligibility reason);
 * linkedUsername is the YOUTH account that sees this record, if any; agencyRules what the agency's extension rules
 * said in the latest eligibility decision (none when no rule took part).
 */
public record ParticipantDetails(long id, long version, ParticipantDraft draft, ParticipantStatus status,
        String statusReason, int age, boolean minor, String linkedUsername, List<AgencyRuleDecision> agencyRules)
        implements Serializable {

    public ParticipantDetails {
        agencyRules = List.copyOf(agencyRules);
    }

    public long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public ParticipantDraft getDraft() {
        return draft;
    }

    public ParticipantStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public int getAge() {
        return age;
    }

    public boolean isMinor() {
        return minor;
    }

    public String getLinkedUsername() {
        return linkedUsername;
    }

    public List<AgencyRuleDecision> getAgencyRules() {
        return agencyRules;
    }
}
