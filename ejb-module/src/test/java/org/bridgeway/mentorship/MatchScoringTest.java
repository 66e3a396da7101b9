package org.bridgeway.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.bridgeway.mentorship.MatchScoring.Mentee;
import org.bridgeway.mentorship.MatchScoring.Mentor;
import org.bridgeway.mentorship.MatchScoring.Slot;
import org.junit.jupiter.api.Test;

/** A fixed table of mentors, the exact score and reasons each gets, and the order they come in. */
class MatchScoringTest {

    // Tuesdays and Thursdays 16:00–18:00.
    private static final List<Slot> AFTER_SCHOOL = List.of(new Slot(2, 960, 1080), new Slot(4, 960, 1080));

    private static final Mentee HODAN = new Mentee(Set.of("so", "en"), Set.of("so"), Set.of("Soccer", "Coding"),
            AFTER_SCHOOL, 7);

    private static final List<Mentor> MENTORS = List.of(
            // Somali speaker, both interests, 2 h of overlap, same post, 3 places free: 40+20+10+10+6 = 86
            new Mentor(1, Set.of("so", "en"), Set.of("soccer", "coding"), List.of(new Slot(2, 900, 1020),
                    new Slot(4, 1020, 1140)), Set.of(7L), 4, 1, true),
            // English only (shared with Hodan), no interests, no overlap, other post, 5 free: 40+10 = 50
            new Mentor(2, Set.of("en"), Set.of("chess"), List.of(new Slot(6, 600, 720)), Set.of(8L), 5, 0, true),
            // Only the guardian's language? No: Hodan speaks so too — so this is a shared language: 40+10+2 = 52
            new Mentor(3, Set.of("so"), Set.of("Coding"), List.of(), Set.of(), 1, 0, true),
            // Arabic only: nothing shared, 1 free place: 2
            new Mentor(4, Set.of("ar"), Set.of(), List.of(), Set.of(), 2, 1, true),
            // Perfect but not screened: never suggested
            new Mentor(5, Set.of("so"), Set.of("soccer"), AFTER_SCHOOL, Set.of(7L), 9, 0, false),
            // Perfect but full: never suggested
            new Mentor(6, Set.of("so"), Set.of("soccer"), AFTER_SCHOOL, Set.of(7L), 2, 2, true));

    @Test
    void ranksScreenedMentorsWithRoomByATransparentScore() {
        var ranked = MatchScoring.rank(HODAN, MENTORS);
        assertThat(ranked).extracting(s -> s.mentorId() + "=" + s.score())
                .containsExactly("1=86", "3=52", "2=50", "4=2");
        assertThat(ranked.get(0).reasons()).extracting(r -> r.key() + "(" + r.argument() + ")=" + r.points())
                .containsExactly("mentorship.reason.language(en, so)=40", "mentorship.reason.interests(coding, soccer)=20",
                        "mentorship.reason.availability(2)=10", "mentorship.reason.samePost(null)=10",
                        "mentorship.reason.capacity(3)=6");
    }

    @Test
    void theGuardiansLanguageCountsWhenTheYouthSharesNone() {
        var youth = new Mentee(Set.of("en"), Set.of("so"), Set.of(), List.of(), 7);
        var somaliMentor = new Mentor(9, Set.of("so"), Set.of(), List.of(), Set.of(), 1, 0, true);
        var suggestion = MatchScoring.score(youth, somaliMentor);
        assertThat(suggestion.reasons()).extracting(r -> r.key() + "=" + r.points())
                .containsExactly("mentorship.reason.guardianLanguage=25", "mentorship.reason.capacity=2");
        assertThat(suggestion.score()).isEqualTo(27);
    }

    @Test
    void interestsAndAvailabilityAreCapped() {
        var youth = new Mentee(Set.of(), Set.of(), Set.of("a", "b", "c", "d", "e"),
                List.of(new Slot(1, 0, 1440), new Slot(2, 0, 1440)), 1);
        var mentor = new Mentor(9, Set.of(), Set.of("a", "b", "c", "d", "e"),
                List.of(new Slot(1, 0, 1440), new Slot(2, 0, 1440)), Set.of(), 50, 0, true);
        assertThat(MatchScoring.score(youth, mentor).reasons()).extracting(r -> r.key() + "=" + r.points())
                .containsExactly("mentorship.reason.interests=30", "mentorship.reason.availability=20",
                        "mentorship.reason.capacity=10");
    }
}
