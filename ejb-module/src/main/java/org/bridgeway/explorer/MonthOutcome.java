package org.bridgeway.explorer;

/** How a calendar month counts for a member. */
public enum MonthOutcome {
    /** The post's monthly bar was met (default: 2 activities or 8 hours). */
    MET,
    /** The bar was missed (excused absences count neither way). */
    MISSED,
    /** The month does not count: the post offered fewer activities than the bar, or the member was on leave. */
    NOT_COUNTED
}
