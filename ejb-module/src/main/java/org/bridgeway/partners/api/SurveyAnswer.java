package org.bridgeway.partners.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serial;
import java.io.Serializable;
import org.bridgeway.shared.freetext.NoIdentityNumbers;
import org.bridgeway.shared.freetext.NoMarkup;

/** The academy feedback survey: three ratings from 1 to 5, a yes/no and an optional comment. */
public class SurveyAnswer implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Min(1)
    @Max(5)
    private int overall;

    @Min(1)
    @Max(5)
    private int understanding;

    @Min(1)
    @Max(5)
    private int trust;

    private boolean wouldRecommend;

    @Size(max = 1000)
    @NoMarkup
    @NoIdentityNumbers
    private String comment;

    public int getOverall() {
        return overall;
    }

    public void setOverall(int overall) {
        this.overall = overall;
    }

    public int getUnderstanding() {
        return understanding;
    }

    public void setUnderstanding(int understanding) {
        this.understanding = understanding;
    }

    public int getTrust() {
        return trust;
    }

    public void setTrust(int trust) {
        this.trust = trust;
    }

    public boolean isWouldRecommend() {
        return wouldRecommend;
    }

    public void setWouldRecommend(boolean wouldRecommend) {
        this.wouldRecommend = wouldRecommend;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
