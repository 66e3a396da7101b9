package org.bridgeway.mentorship;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Ranks mentors for a participant with a transparent score: every point comes with a reason the coordinator
 * sees. A mentor who is not screened, or has no capacity left, is not suggested at all.
 */
public final class MatchScoring {

    static final int SHARED_LANGUAGE = 40;
    static final int GUARDIAN_LANGUAGE = 25;
    static final int PER_INTEREST = 10;
    static final int MAX_INTERESTS = 30;
    static final int PER_OVERLAP_HOUR = 5;
    static final int MAX_OVERLAP = 20;
    static final int SAME_POST = 10;
    static final int PER_FREE_PLACE = 2;
    static final int MAX_CAPACITY = 10;

    /** A weekly slot: day 1 (Monday) to 7, minutes since midnight [from, to). */
    public record Slot(int dayOfWeek, int fromMinute, int toMinute) {

        int overlapMinutes(Slot other) {
            if (dayOfWeek != other.dayOfWeek) {
                return 0;
            }
            return Math.max(0, Math.min(toMinute, other.toMinute) - Math.max(fromMinute, other.fromMinute));
        }
    }

    /** What matching knows of the participant. */
    public record Mentee(Set<String> languages, Set<String> guardianLanguages, Set<String> interests,
            List<Slot> availability, long postId) {
    }

    /** What matching knows of a mentor. */
    public record Mentor(long mentorId, Set<String> languages, Set<String> interests, List<Slot> availability,
            Set<Long> postIds, int capacity, int activeMentees, boolean cleared) {
    }

    /** One reason: a bundle key, its argument (e.g. the shared language) and the points it gave. */
    public record Reason(String key, String argument, int points) {
    }

    public record Suggestion(long mentorId, int score, List<Reason> reasons) {
    }

    private MatchScoring() {
    }

    /** Suggestions best first (ties: more free places, then lower id), only screened mentors with room. */
    public static List<Suggestion> rank(Mentee mentee, List<Mentor> mentors) {
        List<Suggestion> suggestions = new ArrayList<>();
        // Free places by mentor, looked up once: the sort compares thousands of pairs.
        java.util.Map<Long, Integer> freePlaces = new java.util.HashMap<>();
        for (Mentor mentor : mentors) {
            if (!mentor.cleared() || mentor.activeMentees() >= mentor.capacity()) {
                continue;
            }
            freePlaces.put(mentor.mentorId(), mentor.capacity() - mentor.activeMentees());
            suggestions.add(score(mentee, mentor));
        }
        suggestions.sort(Comparator.comparingInt(Suggestion::score).reversed()
                .thenComparing(s -> -freePlaces.get(s.mentorId()))
                .thenComparingLong(Suggestion::mentorId));
        return suggestions;
    }

    public static Suggestion score(Mentee mentee, Mentor mentor) {
        List<Reason> reasons = new ArrayList<>();
        Set<String> shared = intersection(mentee.languages(), mentor.languages());
        if (!shared.isEmpty()) {
            reasons.add(new Reason("mentorship.reason.language", String.join(", ", sorted(shared)), SHARED_LANGUAGE));
        } else {
            Set<String> guardian = intersection(mentee.guardianLanguages(), mentor.languages());
            if (!guardian.isEmpty()) {
                reasons.add(new Reason("mentorship.reason.guardianLanguage", String.join(", ", sorted(guardian)),
                        GUARDIAN_LANGUAGE));
            }
        }
        Set<String> interests = intersection(lower(mentee.interests()), lower(mentor.interests()));
        if (!interests.isEmpty()) {
            reasons.add(new Reason("mentorship.reason.interests", String.join(", ", sorted(interests)),
                    Math.min(MAX_INTERESTS, PER_INTEREST * interests.size())));
        }
        int overlap = 0;
        for (Slot a : mentee.availability()) {
            for (Slot b : mentor.availability()) {
                overlap += a.overlapMinutes(b);
            }
        }
        int overlapHours = overlap / 60;
        if (overlapHours > 0) {
            reasons.add(new Reason("mentorship.reason.availability", String.valueOf(overlapHours),
                    Math.min(MAX_OVERLAP, PER_OVERLAP_HOUR * overlapHours)));
        }
        if (mentor.postIds().contains(mentee.postId())) {
            reasons.add(new Reason("mentorship.reason.samePost", null, SAME_POST));
        }
        int free = mentor.capacity() - mentor.activeMentees();
        reasons.add(new Reason("mentorship.reason.capacity", String.valueOf(free),
                Math.min(MAX_CAPACITY, PER_FREE_PLACE * free)));
        int score = reasons.stream().mapToInt(Reason::points).sum();
        return new Suggestion(mentor.mentorId(), score, List.copyOf(reasons));
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> result = new HashSet<>(a);
        result.retainAll(b);
        return result;
    }

    private static Set<String> lower(Set<String> values) {
        Set<String> result = new HashSet<>();
        values.forEach(v -> result.add(v.strip().toLowerCase(Locale.ROOT)));
        return result;
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
