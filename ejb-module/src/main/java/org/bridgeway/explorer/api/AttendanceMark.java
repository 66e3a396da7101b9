package org.bridgeway.explorer.api;

/** Excused absences count neither for nor against the monthly bar. */
public enum AttendanceMark {
    PRESENT, ABSENT, EXCUSED
}
