package org.bridgeway.explorer.api;

import jakarta.ejb.Local;
import java.time.YearMonth;

/**
 * Applies the standing table (docs/explorer-standing.md) to every member for a month, in SQL. Running it again
 * for the same month, or on two servers at once, changes nothing more.
 */
@Local
public interface StandingComputation {

    /** explorer:write (or the monthly timer); returns how many members were assessed now. */
    int computeMonth(YearMonth month);
}
