package org.bridgeway.partners.api;

import java.io.Serializable;
import java.time.Instant;

/** One partner for its edit screen; version guards against overwriting someone else's change. */
public record PartnerDetails(long id, long version, boolean active, PartnerDraft draft, Instant createdAt,
        Instant updatedAt) implements Serializable {
}
