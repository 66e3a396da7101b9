package org.bridgeway.mentorship.api;

import jakarta.ejb.Local;
import java.util.Optional;

/** Mentor profiles: a mentor edits their own (mentorship:mentor); coordinators read them (mentorship:manage). */
@Local
public interface MentorProfiles {

    Optional<MentorProfile> myProfile();

    /** Languages are ISO 639 codes; capacity 0–20. */
    void saveMyProfile(int capacity, java.util.List<String> languages, java.util.List<String> interests,
            java.util.List<Slot> availability);
}
