package org.bridgeway.it;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.bridgeway.explorer.api.ActivityDraft;
import org.bridgeway.explorer.api.ActivityKind;
import org.bridgeway.explorer.api.ConsentKind;
import org.bridgeway.explorer.api.ConsentTexts;
import org.bridgeway.explorer.api.ExplorerPosts;
import org.bridgeway.explorer.api.GuardianDraft;
import org.bridgeway.explorer.api.ParticipantDraft;
import org.bridgeway.explorer.api.PostDraft;
import org.bridgeway.identity.api.AccountService;
import org.bridgeway.identity.api.NewAccount;
import org.bridgeway.identity.api.Role;

/** Builds Explorer data through the real services, as the people who would enter it. */
final class ExplorerFixtures {

    static final String PASSWORD = "Explorer-Pass-2026";

    private final AccountService accounts;
    private final ExplorerPosts posts;
    private final ConsentTexts consentTexts;

    ExplorerFixtures(AccountService accounts, ExplorerPosts posts, ConsentTexts consentTexts) {
        this.accounts = accounts;
        this.posts = posts;
        this.consentTexts = consentTexts;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    record Person(String username, long id) {
    }

    Person account(Role role) throws Exception {
        return account(role, "en");
    }

    Person account(Role role, String language) throws Exception {
        String username = unique(role.name().toLowerCase());
        long id = RunAs.user("admin", () -> accounts.createAccount(new NewAccount(username, "Person " + username,
                null, language, EnumSet.of(role), PASSWORD)));
        return new Person(username, id);
    }

    /** A post run by the coordinator, with the given policy tweaks applied to the program defaults. */
    long post(Person coordinator, java.util.function.Consumer<PostDraft> policy) throws Exception {
        var draft = new PostDraft();
        draft.setName(unique("Post"));
        draft.setAgencyUnit("Community Affairs");
        policy.accept(draft);
        long postId = RunAs.user("admin", () -> posts.createPost(draft));
        RunAs.user("admin", () -> posts.setCoordinators(postId, List.of(coordinator.id())));
        return postId;
    }

    void consentTexts() throws Exception {
        for (ConsentKind kind : ConsentKind.values()) {
            for (String language : List.of("en", "es", "so")) {
                RunAs.user("admin", () -> consentTexts.publish(kind, language, kind + " " + language,
                        "I agree to " + kind + " (" + language + ")."));
            }
        }
    }

    static ParticipantDraft youth(long postId, LocalDate birthDate, Integer grade) {
        var draft = new ParticipantDraft();
        draft.setPostId(postId);
        draft.setGivenName("Hodan");
        draft.setFamilyName(unique("Warsame"));
        draft.setBirthDate(birthDate);
        draft.setHighestGrade(grade);
        draft.setPreferredLanguage("so");
        draft.setLanguages(List.of("so", "en"));
        if (birthDate.plusYears(18).isAfter(LocalDate.now())) {
            var guardian = new GuardianDraft();
            guardian.setName("Amina Warsame");
            guardian.setRelationship("Mother");
            guardian.setEmail("amina." + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
            guardian.setPreferredLanguage("so");
            draft.setGuardians(List.of(guardian));
        }
        return draft;
    }

    static ActivityDraft activity(ActivityKind kind, LocalDateTime start, Integer capacity) {
        var draft = new ActivityDraft();
        draft.setKind(kind);
        draft.setTitle(unique("Activity"));
        draft.setStartsAt(start);
        draft.setEndsAt(start.plusHours(2));
        draft.setCapacity(capacity);
        draft.setHoursCredited(BigDecimal.valueOf(2));
        return draft;
    }
}
