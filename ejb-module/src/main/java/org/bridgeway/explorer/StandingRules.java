package org.bridgeway.explorer;

/**
 * The standing transition table as a pure function; docs/explorer-standing.md shows the same table and
 * StandingRulesTest checks every cell.
 */
public final class StandingRules {

    /** Months a new member spends on probation before the month that decides where they go. */
    public static final int PROBATION_MONTHS = 3;

    private StandingRules() {
    }

    /**
     * @param current            standing before the month
     * @param countedMonthsSoFar months already counted while on probation (NOT_COUNTED months do not count)
     * @param outcome            how the month counts
     * @param turned21           the member reached 21 during or before the month
     */
    public static Standing next(Standing current, int countedMonthsSoFar, MonthOutcome outcome, boolean turned21) {
        if (turned21 || current == Standing.ALUMNI) {
            return Standing.ALUMNI;
        }
        if (outcome == MonthOutcome.NOT_COUNTED) {
            return current;
        }
        boolean met = outcome == MonthOutcome.MET;
        return switch (current) {
            case PROBATION -> countedMonthsSoFar + 1 < PROBATION_MONTHS
                    ? Standing.PROBATION
                    : met ? Standing.ACTIVE : Standing.AT_RISK;
            case ACTIVE -> met ? Standing.ACTIVE : Standing.AT_RISK;
            case AT_RISK -> met ? Standing.ACTIVE : Standing.INACTIVE;
            // Only a coordinator, with a reason, brings an inactive member back.
            case INACTIVE -> Standing.INACTIVE;
            case ALUMNI -> Standing.ALUMNI;
        };
    }
}
