package org.bridgeway.recruitment.api;

import java.io.Serializable;
import java.util.List;

/** A new applicant's id and the existing records that look like the same person (a warning, not a refusal). */
public record CreatedApplicant(long id, List<DuplicateCandidate> possibleDuplicates) implements Serializable {
}
