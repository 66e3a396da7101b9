package org.bridgeway.mentorship;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.bridgeway.explorer.api.ExplorerDirectory;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.mentorship.api.CalendarFeeds;
import org.bridgeway.shared.Hashes;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.shared.calendar.CalendarCommitments;

/** Feeds are read from the shared calendar commitments, so every kind of busy time shows, nothing else. */
@Stateless
public class CalendarFeedsBean implements CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration PAST = Duration.ofDays(30);
    private static final Duration FUTURE = Duration.ofDays(366);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MentorshipScope scope;

    @Inject
    private ExplorerDirectory explorer;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private CalendarCommitments commitments;

    @Override
    public String createToken() {
        long me = scope.callerId();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.createNativeQuery("""
                insert into calendar_feed (account_id, token_sha256, created_at) values (?1, ?2, now())
                on conflict (account_id) do update set token_sha256 = excluded.token_sha256, created_at = now()""")
                .setParameter(1, me).setParameter(2, Hashes.sha256Hex(token)).executeUpdate();
        return token;
    }

    @Override
    public void revoke() {
        em.createNativeQuery("delete from calendar_feed where account_id = ?1").setParameter(1, scope.callerId())
                .executeUpdate();
    }

    @Override
    public boolean hasFeed() {
        return !em.createNativeQuery("select 1 from calendar_feed where account_id = ?1")
                .setParameter(1, scope.callerId()).getResultList().isEmpty();
    }

    @Override
    public Optional<Feed> feed(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object> owner = em.createNativeQuery("select account_id from calendar_feed where token_sha256 = ?1")
                .setParameter(1, Hashes.sha256Hex(token)).getResultList();
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        long accountId = ((Number) owner.get(0)).longValue();
        var account = accounts.byId(accountId).filter(a -> a.enabled()).orElseThrow(NotFoundException::new);
        Instant now = Instant.now();
        List<String> people = new ArrayList<>();
        people.add(CalendarCommitments.account(accountId));
        explorer.participantOfAccount(accountId).ifPresent(p -> people.add(CalendarCommitments.participant(p)));
        List<CalendarCommitments.Commitment> busy = new ArrayList<>();
        for (String person : people) {
            busy.addAll(commitments.busy(person, now.minus(PAST), now.plus(FUTURE)));
        }
        java.util.Map<Long, String> sessionKinds = sessionKinds(busy.stream()
                .filter(c -> SessionsBean.SOURCE.equals(c.sourceType())).map(c -> c.sourceId()).toList());
        List<Event> events = new ArrayList<>();
        for (var c : busy) {
            String placeType = SessionsBean.SOURCE.equals(c.sourceType())
                    ? sessionKinds.getOrDefault(c.sourceId(), "OTHER") : "EXPLORER_ACTIVITY";
            events.add(new Event(c.sourceType() + "-" + c.sourceId() + "-" + c.id() + "@bridgeway", c.start(),
                    c.end(), c.sourceType(), placeType));
        }
        events.sort(java.util.Comparator.comparing(Event::start));
        return Optional.of(new Feed(account.language(), events));
    }

    /** Kinds of many sessions in one query. */
    private java.util.Map<Long, String> sessionKinds(List<Long> sessionIds) {
        java.util.Map<Long, String> kinds = new java.util.HashMap<>();
        if (sessionIds.isEmpty()) {
            return kinds;
        }
        String in = sessionIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, kind from mentorship_session where id in (" + in + ")")
                .getResultList();
        rows.forEach(r -> kinds.put(((Number) r[0]).longValue(), (String) r[1]));
        return kinds;
    }
}
