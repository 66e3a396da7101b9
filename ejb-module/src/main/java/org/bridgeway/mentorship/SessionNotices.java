package org.bridgeway.mentorship;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.explorer.api.ExplorerDirectory;
import org.bridgeway.explorer.api.MenteeCard;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.shared.AgencyCalendar;
import org.bridgeway.shared.mail.MailOutbox;
import org.bridgeway.shared.mail.MailTemplate;

/**
 * Who hears about a session, each in their own language, through the outbox: the mentor, the youth, a minor's
 * guardians (messages to a minor are always copied to them) and a second adult. No names of minors in the text.
 */
@ApplicationScoped
class SessionNotices {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    private MailOutbox outbox;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private ExplorerDirectory explorer;

    @Inject
    private AgencyCalendar calendar;

    static String reminderReference(long sessionId) {
        return "session-reminder:" + sessionId;
    }

    void reminder(long sessionId, long mentorId, Long secondAdultId, long participantId, Instant start) {
        for (var r : recipients(mentorId, secondAdultId, participantId, start).entrySet()) {
            outbox.enqueueReferenced(reminderReference(sessionId), r.getKey(), r.getValue(),
                    MailTemplate.SESSION_REMINDER, when(start));
        }
    }

    void rescheduled(long sessionId, long mentorId, Long secondAdultId, long participantId, Instant oldStart,
            Instant newStart) {
        outbox.withdraw(reminderReference(sessionId));
        for (var r : recipients(mentorId, secondAdultId, participantId, newStart).entrySet()) {
            outbox.enqueue(r.getKey(), r.getValue(), MailTemplate.SESSION_RESCHEDULED, when(oldStart), when(newStart));
        }
    }

    void cancelled(long sessionId, long mentorId, Long secondAdultId, long participantId, Instant start) {
        outbox.withdraw(reminderReference(sessionId));
        for (var r : recipients(mentorId, secondAdultId, participantId, start).entrySet()) {
            outbox.enqueue(r.getKey(), r.getValue(), MailTemplate.SESSION_CANCELLED, when(start));
        }
    }

    private String when(Instant instant) {
        return WHEN.withZone(calendar.zone()).format(instant);
    }

    /** E-mail address → language, each address once. */
    private Map<String, String> recipients(long mentorId, Long secondAdultId, long participantId, Instant start) {
        Map<String, String> recipients = new LinkedHashMap<>();
        List<Long> adults = new ArrayList<>(List.of(mentorId));
        if (secondAdultId != null) {
            adults.add(secondAdultId);
        }
        adults.forEach(id -> accounts.contactOf(id).ifPresent(c -> recipients.putIfAbsent(c.email(), c.language())));
        MenteeCard mentee = explorer.mentee(participantId).orElse(null);
        if (mentee == null) {
            return recipients;
        }
        if (mentee.email() != null) {
            recipients.putIfAbsent(mentee.email(), mentee.preferredLanguage());
        } else if (mentee.accountId() != null) {
            accounts.contactOf(mentee.accountId()).ifPresent(c -> recipients.putIfAbsent(c.email(), c.language()));
        }
        LocalDate day = calendar.toLocal(start).toLocalDate();
        if (Period.between(mentee.birthDate(), day).getYears() < YouthProtection.ADULT_AGE) {
            mentee.guardians().stream().filter(g -> g.email() != null)
                    .forEach(g -> recipients.putIfAbsent(g.email(), g.preferredLanguage()));
        }
        return recipients;
    }

}
