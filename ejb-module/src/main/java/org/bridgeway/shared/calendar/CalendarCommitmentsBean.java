package org.bridgeway.shared.calendar;

import org.bridgeway.shared.SqlValues;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

@Stateless
public class CalendarCommitmentsBean implements CalendarCommitments {

    @PersistenceContext
    private EntityManager em;

    @jakarta.inject.Inject
    private org.bridgeway.shared.AgencyCalendar calendar;

    @Override
    public void book(String person, Instant start, Instant end, String sourceType, long sourceId) {
        // "on conflict do nothing" also covers the exclusion constraint: a clash (even one committed a moment
        // ago by another server, which this insert waits for) inserts nothing instead of aborting the
        // transaction, so the clashing row can still be read for the message.
        @SuppressWarnings("unchecked")
        List<Object> inserted = em.createNativeQuery("""
                insert into calendar_commitment (person, during, source_type, source_id, created_at)
                values (?1, tstzrange(?2, ?3, '[)'), ?4, ?5, now())
                on conflict do nothing
                returning id""")
                .setParameter(1, person).setParameter(2, Timestamp.from(start)).setParameter(3, Timestamp.from(end))
                .setParameter(4, sourceType).setParameter(5, sourceId).getResultList();
        if (!inserted.isEmpty()) {
            return;
        }
        List<Commitment> clashes = busy(person, start, end);
        if (clashes.isEmpty()) {
            // Only possible if the clash was released in between; the caller may simply try again.
            throw new CalendarConflictException(start, end, sourceType, calendar.zone());
        }
        Commitment clash = clashes.get(0);
        throw new CalendarConflictException(clash.start(), clash.end(), clash.sourceType(), calendar.zone());
    }

    @Override
    public int release(String sourceType, long sourceId) {
        return em.createNativeQuery("update calendar_commitment set cancelled = true"
                        + " where source_type = ?1 and source_id = ?2 and not cancelled")
                .setParameter(1, sourceType).setParameter(2, sourceId).executeUpdate();
    }

    @Override
    public int release(String person, String sourceType, long sourceId) {
        return em.createNativeQuery("update calendar_commitment set cancelled = true"
                        + " where person = ?1 and source_type = ?2 and source_id = ?3 and not cancelled")
                .setParameter(1, person).setParameter(2, sourceType).setParameter(3, sourceId).executeUpdate();
    }

    @Override
    public List<Commitment> busy(String person, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, person, lower(during), upper(during), source_type, source_id
                  from calendar_commitment
                 where person = ?1 and not cancelled and during && tstzrange(?2, ?3, '[)')
                 order by lower(during)""")
                .setParameter(1, person).setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to))
                .getResultList();
        return rows.stream().map(r -> new Commitment(((Number) r[0]).longValue(), (String) r[1], SqlValues.instant(r[2]),
                SqlValues.instant(r[3]), (String) r[4], ((Number) r[5]).longValue())).toList();
    }

}
