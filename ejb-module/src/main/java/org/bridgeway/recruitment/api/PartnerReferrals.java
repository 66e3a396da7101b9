package org.bridgeway.recruitment.api;

import jakarta.ejb.Local;
import java.util.List;
import org.bridgeway.shared.reports.SuppressedTable;

/**
 * A PARTNER account's view of its own organisation's referrals (recruitment:partner): counts per step (small
 * cells suppressed) and, only for applicants who agreed, the step reached — never scores, reasons or notes.
 * An account linked to no organisation sees nothing (not found).
 */
@Local
public interface PartnerReferrals {

    /** Rows: step ids of open referrals in template order, then "HIRED" and "CLOSED"; one column "count". */
    SuppressedTable counts();

    List<ReferralProgress> sharedProgress();

    String partnerName();
}
