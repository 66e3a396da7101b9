package org.bridgeway.mentorship.api;

/** Where and how a session happens; also what a calendar feed shows instead of an address. */
public enum SessionKind {
    /** In person at an observable public place (library, community center, park). */
    IN_PERSON_PUBLIC,
    /** In person at a police station. */
    IN_PERSON_STATION,
    VIRTUAL,
    /** Part of a group activity with other youth and adults. */
    GROUP_ACTIVITY
}
