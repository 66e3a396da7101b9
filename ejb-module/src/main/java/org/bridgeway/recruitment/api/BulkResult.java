package org.bridgeway.recruitment.api;

import java.io.Serializable;
import java.util.List;

/** The outcome of a board action on many applicants: each one done, or refused with its translated reason. */
public record BulkResult(List<Long> done, List<Refusal> refused) implements Serializable {

    public record Refusal(long applicantId, String name, String messageKey, List<String> arguments)
            implements Serializable {
    }
}
