package org.bridgeway.identity;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.identity.api.Screening;
import org.bridgeway.identity.api.ScreeningStatus;
import org.bridgeway.identity.api.TrainingRecord;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.NotFoundException;

@Stateless
public class ScreeningBean implements Screening {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    @Override
    public void record(long accountId, LocalDate trainingCompletedOn, LocalDate trainingExpiresOn,
            LocalDate backgroundCheckedOn, LocalDate backgroundCheckExpiresOn) {
        currentUser.checkPermission(Permission.SCREENING_MANAGE);
        if (em.find(Account.class, accountId) == null) {
            throw new NotFoundException();
        }
        if (outOfOrder(trainingCompletedOn, trainingExpiresOn) || outOfOrder(backgroundCheckedOn, backgroundCheckExpiresOn)) {
            throw new BusinessException("screening.error.expiryBeforeDate");
        }
        em.createNativeQuery("""
                insert into adult_screening (account_id, training_completed_on, training_expires_on,
                                             background_checked_on, background_check_expires_on, updated_at)
                values (?1, ?2, ?3, ?4, ?5, now())
                on conflict (account_id) do update set
                    training_completed_on = excluded.training_completed_on,
                    training_expires_on = excluded.training_expires_on,
                    background_checked_on = excluded.background_checked_on,
                    background_check_expires_on = excluded.background_check_expires_on,
                    version = adult_screening.version + 1,
                    updated_at = now()""")
                .setParameter(1, accountId).setParameter(2, sqlDate(trainingCompletedOn))
                .setParameter(3, sqlDate(trainingExpiresOn)).setParameter(4, sqlDate(backgroundCheckedOn))
                .setParameter(5, sqlDate(backgroundCheckExpiresOn))
                .executeUpdate();
    }

    @Override
    public Optional<ScreeningStatus> statusOf(long accountId) {
        currentUser.checkPermission(Permission.SCREENING_MANAGE);
        return load(accountId);
    }

    @Override
    public boolean isCleared(long accountId, LocalDate on) {
        return load(accountId).map(s -> s.isClearedOn(on)).orElse(false);
    }

    @Override
    public java.util.Set<Long> clearedAmong(java.util.Collection<Long> accountIds, LocalDate on) {
        if (accountIds.isEmpty()) {
            return java.util.Set.of();
        }
        // Ids are numbers from the caller's own queries: safe to inline, one query for any number of adults.
        String ids = accountIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " where account_id in (" + ids + ")").getResultList();
        return rows.stream().map(ScreeningBean::toStatus).filter(s -> s.isClearedOn(on))
                .map(ScreeningStatus::accountId).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public List<ScreeningStatus> expiringWithin(LocalDate from, int days) {
        currentUser.checkPermission(Permission.SCREENING_MANAGE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " " + """
                 where least(training_expires_on, background_check_expires_on) between ?1 and ?2
                 order by least(training_expires_on, background_check_expires_on), account_id""")
                .setParameter(1, sqlDate(from)).setParameter(2, sqlDate(from.plusDays(days)))
                .getResultList();
        return rows.stream().map(ScreeningBean::toStatus).toList();
    }

    private static final String SELECT = "select account_id, version, training_completed_on, training_expires_on,"
            + " background_checked_on, background_check_expires_on from adult_screening";

    private Optional<ScreeningStatus> load(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SELECT + " where account_id = ?1")
                .setParameter(1, accountId).getResultList();
        return rows.stream().findFirst().map(ScreeningBean::toStatus);
    }

    private static ScreeningStatus toStatus(Object[] r) {
        return new ScreeningStatus(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), localDate(r[2]),
                localDate(r[3]), localDate(r[4]), localDate(r[5]));
    }

    private static boolean outOfOrder(LocalDate done, LocalDate expires) {
        return done != null && expires != null && expires.isBefore(done);
    }

    private static Date sqlDate(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate local ? local : ((Date) value).toLocalDate();
    }

    @Override
    public long recordTraining(long accountId, TrainingRecord.Kind kind, String course, LocalDate completedOn,
            java.math.BigDecimal hours, LocalDate expiresOn) {
        currentUser.checkPermission(Permission.SCREENING_MANAGE);
        if (kind == null || course == null || course.isBlank() || course.length() > 200 || course.contains("<")
                || completedOn == null || completedOn.isAfter(LocalDate.now()) || hours == null
                || hours.signum() <= 0 || hours.compareTo(java.math.BigDecimal.valueOf(1000)) >= 0
                || (expiresOn != null && expiresOn.isBefore(completedOn))) {
            throw new BusinessException("screening.training.invalid");
        }
        if (em.find(Account.class, accountId) == null) {
            throw new NotFoundException();
        }
        return ((Number) em.createNativeQuery("""
                insert into training_record (account_id, kind, course, completed_on, hours, expires_on, recorded_by)
                values (?1, ?2, ?3, ?4, ?5, cast(?6 as date), ?7) returning id""")
                .setParameter(1, accountId).setParameter(2, kind.name()).setParameter(3, course.strip())
                .setParameter(4, java.sql.Date.valueOf(completedOn)).setParameter(5, hours)
                .setParameter(6, expiresOn == null ? null : java.sql.Date.valueOf(expiresOn))
                .setParameter(7, currentUser.auditActor()).getSingleResult()).longValue();
    }

    @Override
    public List<TrainingRecord> trainingOf(long accountId) {
        currentUser.checkPermission(Permission.SCREENING_MANAGE);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, kind, course, completed_on, hours, expires_on from training_record
                 where account_id = ?1 order by completed_on desc, id desc""").setParameter(1, accountId)
                .getResultList();
        LocalDate today = LocalDate.now();
        return rows.stream().map(r -> {
            LocalDate expires = r[5] == null ? null : org.bridgeway.shared.SqlValues.date(r[5]);
            return new TrainingRecord(((Number) r[0]).longValue(), TrainingRecord.Kind.valueOf((String) r[1]),
                    (String) r[2], org.bridgeway.shared.SqlValues.date(r[3]), org.bridgeway.shared.SqlValues.decimal(r[4]),
                    expires, expires == null || !expires.isBefore(today));
        }).toList();
    }

    @Override
    public void removeTraining(long trainingRecordId) {
        currentUser.checkPermission(Permission.SCREENING_MANAGE);
        if (em.createNativeQuery("delete from training_record where id = ?1").setParameter(1, trainingRecordId)
                .executeUpdate() == 0) {
            throw new NotFoundException();
        }
    }
}
