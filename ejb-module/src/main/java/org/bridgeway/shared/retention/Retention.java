package org.bridgeway.shared.retention;

import jakarta.ejb.Local;
import java.util.Map;

/** The retention registry's entry points. */
@Local
public interface Retention {

    /** Runs every kind's purge once (the nightly job does this); returns removed counts by kind. */
    Map<String, Integer> purgeExpired();

    /** Requires people:erase. Erases the person across every context; audited without personal data. */
    Map<String, Integer> erase(PersonRef person);
}
