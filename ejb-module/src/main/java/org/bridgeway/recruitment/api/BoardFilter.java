package org.bridgeway.recruitment.api;

import java.io.Serializable;

/** Board filters; null means any. */
public record BoardFilter(Long partnerId, Long recruiterId, String language, Long stepId) implements Serializable {

    public static BoardFilter none() {
        return new BoardFilter(null, null, null, null);
    }
}
