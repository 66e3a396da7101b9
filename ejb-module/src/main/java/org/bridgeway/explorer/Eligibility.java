package org.bridgeway.explorer;

import java.time.LocalDate;
import java.time.Period;

/**
 * Who may join a post, as pure rules. Ages are whole years by the calendar: someone born on 29 February turns a
 * year older on 1 March in years without a 29 February (java.time's rule), never a day early.
 */
public final class Eligibility {

    /** The outcome and, when not eligible, the bundle key of the reason shown to the coordinator. */
    public record Result(boolean eligible, String reasonKey) {

        static Result accept() {
            return new Result(true, null);
        }

        static Result refuse(String reasonKey) {
            return new Result(false, reasonKey);
        }
    }

    private Eligibility() {
    }

    /**
     * @param highestGradeCompleted the highest school grade completed (8 = 8th grade), or null when unknown
     */
    public static Result assess(LocalDate birthDate, Integer highestGradeCompleted, LocalDate on,
            EligibilityPolicy policy) {
        if (birthDate == null || birthDate.isAfter(on)) {
            return Result.refuse("explorer.eligibility.birthDateInvalid");
        }
        int age = Period.between(birthDate, on).getYears();
        if (age >= policy.ageLimit()) {
            return Result.refuse("explorer.eligibility.tooOld");
        }
        if (age >= policy.minimumAge()) {
            return Result.accept();
        }
        if (age >= policy.minimumAgeWithGrade()) {
            boolean gradeDone = highestGradeCompleted != null && highestGradeCompleted >= policy.requiredGrade();
            return gradeDone ? Result.accept() : Result.refuse("explorer.eligibility.gradeNotCompleted");
        }
        return Result.refuse("explorer.eligibility.tooYoung");
    }
}
