package org.bridgeway.recruitment.api;

import java.io.Serializable;

/**
 * How long people stayed in a step (or took to be hired), for one group (a source, partner, language or recruiter):
 * how many, and the median and 90th percentile in days — both null when fewer than 5 people (not shown).
 */
public record StepTime(String group, String stepKey, long people, Double medianDays, Double p90Days)
        implements Serializable {

    public String getGroup() {
        return group;
    }

    public String getStepKey() {
        return stepKey;
    }

    public Double getMedianDays() {
        return medianDays;
    }

    public Double getP90Days() {
        return p90Days;
    }

    public boolean isHidden() {
        return medianDays == null;
    }
}
