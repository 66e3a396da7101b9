package org.bridgeway.partners.api;

import jakarta.ejb.Local;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Partner facts other contexts need, without partners:read: names for labels, the organisation a PARTNER
 * account belongs to. Callers check their own permissions.
 */
@Local
public interface PartnerDirectory {

    Map<Long, String> names(Collection<Long> partnerIds);

    /** Active partners, by name, for choosing a source. */
    List<Map.Entry<Long, String>> activePartners();

    Optional<Long> partnerOfAccount(long accountId);

    /** The active partner whose referral code this is (public links carry it as ?ref=). */
    Optional<Long> partnerByReferralCode(String code);

    /** The code to put in a partner's referral links (partners:read). */
    String referralCodeOf(long partnerId);

    /** Links a PARTNER account to its organisation (accounts:manage). */
    void linkAccount(long accountId, long partnerId);
}
