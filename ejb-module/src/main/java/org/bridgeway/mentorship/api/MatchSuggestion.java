package org.bridgeway.mentorship.api;

import java.io.Serializable;
import java.util.List;

/** A ranked mentor for a participant: the score and every reason behind it (bundle key, argument, points). */
public record MatchSuggestion(long mentorAccountId, String mentorName, int score, List<ScoreReason> reasons)
        implements Serializable {

    public record ScoreReason(String key, String argument, int points) implements Serializable {

        public String getKey() {
            return key;
        }

        public String getArgument() {
            return argument;
        }

        public int getPoints() {
            return points;
        }
    }

    public long getMentorAccountId() {
        return mentorAccountId;
    }

    public String getMentorName() {
        return mentorName;
    }

    public int getScore() {
        return score;
    }

    public List<ScoreReason> getReasons() {
        return reasons;
    }
}
