package org.bridgeway.explorer;

import static org.bridgeway.explorer.api.ParticipantStatus.ACTIVE;
import static org.bridgeway.explorer.api.ParticipantStatus.ALUMNI;
import static org.bridgeway.explorer.api.ParticipantStatus.APPLICANT;
import static org.bridgeway.explorer.api.ParticipantStatus.AT_RISK;
import static org.bridgeway.explorer.api.ParticipantStatus.AWAITING_CONSENT;
import static org.bridgeway.explorer.api.ParticipantStatus.ELIGIBLE;
import static org.bridgeway.explorer.api.ParticipantStatus.INACTIVE;
import static org.bridgeway.explorer.api.ParticipantStatus.INELIGIBLE;
import static org.bridgeway.explorer.api.ParticipantStatus.PROBATION;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.bridgeway.explorer.api.ParticipantStatus;
import org.bridgeway.shared.BusinessException;

/**
 * Which lifecycle moves exist. Standing moves among members (PROBATION, ACTIVE, AT_RISK, INACTIVE) are the
 * monthly computation's; a coordinator only reinstates an INACTIVE member. Anyone reaching 21 becomes ALUMNI.
 */
public final class ParticipantLifecycle {

    private static final Map<ParticipantStatus, Set<ParticipantStatus>> ALLOWED = new EnumMap<>(ParticipantStatus.class);

    static {
        ALLOWED.put(APPLICANT, EnumSet.of(ELIGIBLE, INELIGIBLE));
        // Corrected details (a grade completed, a birth date typo) are assessed again.
        ALLOWED.put(INELIGIBLE, EnumSet.of(ELIGIBLE, INELIGIBLE));
        ALLOWED.put(ELIGIBLE, EnumSet.of(AWAITING_CONSENT, INELIGIBLE));
        ALLOWED.put(AWAITING_CONSENT, EnumSet.of(PROBATION, INELIGIBLE));
        ALLOWED.put(PROBATION, EnumSet.of(ACTIVE, AT_RISK, ALUMNI));
        ALLOWED.put(ACTIVE, EnumSet.of(AT_RISK, ALUMNI));
        ALLOWED.put(AT_RISK, EnumSet.of(ACTIVE, INACTIVE, ALUMNI));
        ALLOWED.put(INACTIVE, EnumSet.of(ACTIVE, ALUMNI));
        ALLOWED.put(ALUMNI, EnumSet.noneOf(ParticipantStatus.class));
    }

    private ParticipantLifecycle() {
    }

    public static boolean allows(ParticipantStatus from, ParticipantStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    /** @throws BusinessException explorer.error.transition when the move does not exist */
    public static void check(ParticipantStatus from, ParticipantStatus to) {
        if (!allows(from, to)) {
            throw new BusinessException("explorer.error.transition", from.name(), to.name());
        }
    }
}
