package org.bridgeway.mentorship.api;

import java.io.Serializable;
import java.util.List;
import org.bridgeway.explorer.api.MenteeCard;

/**
 * What a mentor sees of their own mentee, and nothing more: preferred name, languages, interests, guardian
 * contacts and the match's sessions.
 */
public record MenteeView(long matchId, MatchStatus status, String preferredName, List<String> languages,
        List<String> interests, List<MenteeCard.GuardianContact> guardians, List<SessionSummary> sessions)
        implements Serializable {

    public long getMatchId() {
        return matchId;
    }

    public MatchStatus getStatus() {
        return status;
    }

    public String getPreferredName() {
        return preferredName;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public List<String> getInterests() {
        return interests;
    }

    public List<MenteeCard.GuardianContact> getGuardians() {
        return guardians;
    }

    public List<SessionSummary> getSessions() {
        return sessions;
    }
}
