package org.bridgeway.recruitment.api;

/** Highest education completed, as a hiring rule compares it (ordered lowest first). */
public enum Education {
    NONE, HIGH_SCHOOL, SOME_COLLEGE, ASSOCIATE, BACHELOR, GRADUATE;

    public boolean meets(Education minimum) {
        return compareTo(minimum) >= 0;
    }
}
