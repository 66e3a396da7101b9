package org.bridgeway.mentorship.api;

import java.io.Serializable;
import java.util.List;

/** A mentor's profile: languages (ISO 639), interests, weekly availability, how many mentees at most. */
public record MentorProfile(long accountId, int capacity, List<String> languages, List<String> interests,
        List<Slot> availability) implements Serializable {
}
