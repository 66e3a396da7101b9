package org.bridgeway.mentorship.api;

import java.io.Serializable;

public record MatchSummary(long id, long version, long mentorAccountId, String mentorName, long participantId,
        String menteeName, long postId, MatchStatus status, String statusReason, int score) implements Serializable {

    public long getId() {
        return id;
    }

    public String getMentorName() {
        return mentorName;
    }

    public String getMenteeName() {
        return menteeName;
    }

    public MatchStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public int getScore() {
        return score;
    }
}
