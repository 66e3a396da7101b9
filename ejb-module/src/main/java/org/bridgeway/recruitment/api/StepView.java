package org.bridgeway.recruitment.api;

import java.io.Serializable;

/** A step of a template as stored, with its id (timelines and applicants point at it). */
public record StepView(long id, int position, String code, StepKind kind, String name, OutcomeKind outcomeKind,
        Integer cutOff, Integer retestWaitDays, boolean required) implements Serializable {

    public StepDefinition definition() {
        return new StepDefinition(code, kind, name, outcomeKind, cutOff, retestWaitDays, required);
    }

    public long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public StepKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public OutcomeKind getOutcomeKind() {
        return outcomeKind;
    }

    public Integer getCutOff() {
        return cutOff;
    }

    public Integer getRetestWaitDays() {
        return retestWaitDays;
    }

    public boolean isRequired() {
        return required;
    }
}
