package org.bridgeway.explorer;

import org.bridgeway.shared.BusinessException;

/**
 * A post's age and grade rules. The program's rule is the floor: at least 14 having completed 8th grade, or at
 * least 15; and before the 21st birthday. A post may only tighten it. There is deliberately no citizenship or
 * residency setting: the program has no such requirement and no setting can add one.
 *
 * @param minimumAgeWithGrade youngest age accepted with the required grade completed (program: 14)
 * @param requiredGrade       grade that must be completed for that younger age (program: 8)
 * @param minimumAge          youngest age accepted whatever the grade (program: 15)
 * @param ageLimit            accepted only before this birthday (program: 21)
 */
public record EligibilityPolicy(int minimumAgeWithGrade, int requiredGrade, int minimumAge, int ageLimit) {

    private static final int PROGRAM_MINIMUM_AGE_WITH_GRADE = 14;
    private static final int PROGRAM_REQUIRED_GRADE = 8;
    private static final int PROGRAM_MINIMUM_AGE = 15;
    private static final int PROGRAM_AGE_LIMIT = 21;

    public static final EligibilityPolicy PROGRAM = new EligibilityPolicy(PROGRAM_MINIMUM_AGE_WITH_GRADE,
            PROGRAM_REQUIRED_GRADE, PROGRAM_MINIMUM_AGE, PROGRAM_AGE_LIMIT);

    public EligibilityPolicy {
        if (minimumAgeWithGrade < PROGRAM_MINIMUM_AGE_WITH_GRADE || requiredGrade < PROGRAM_REQUIRED_GRADE
                || minimumAge < PROGRAM_MINIMUM_AGE || ageLimit > PROGRAM_AGE_LIMIT) {
            throw new BusinessException("explorer.policy.looserThanProgram");
        }
        if (minimumAgeWithGrade > minimumAge || minimumAge >= ageLimit) {
            throw new BusinessException("explorer.policy.inconsistent");
        }
    }
}
