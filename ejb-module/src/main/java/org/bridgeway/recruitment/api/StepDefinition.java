package org.bridgeway.recruitment.api;

import java.io.Serializable;

/**
 * One step of a hiring process template. {@code name} is the installation's label (null: the kind's translated
 * name); {@code cutOff} only for SCORE steps; {@code retestWaitDays} null means a failed attempt cannot be
 * retaken; a {@code required} step can never be skipped.
 */
public record StepDefinition(String code, StepKind kind, String name, OutcomeKind outcomeKind, Integer cutOff,
        Integer retestWaitDays, boolean required) implements Serializable {

    public String getCode() {
        return code;
    }

    public StepKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
