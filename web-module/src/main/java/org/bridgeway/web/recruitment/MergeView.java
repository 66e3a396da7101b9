package org.bridgeway.web.recruitment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.bridgeway.recruitment.api.ApplicantDetails;
import org.bridgeway.recruitment.api.Applicants;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.NotFoundException;
import org.bridgeway.web.shell.Messages;

/** recruitment/merge.xhtml?keep=A&amp;merge=B: two records of one person side by side; merging keeps both timelines. */
@Named
@ViewScoped
public class MergeView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private Applicants applicants;

    private Long keep;
    private Long merge;
    private transient List<ApplicantDetails> records;

    public void load() {
        if (keep == null || merge == null) {
            throw new NotFoundException();
        }
        getRecords();
    }

    public List<ApplicantDetails> getRecords() {
        if (records == null) {
            records = List.of(applicants.get(keep), applicants.get(merge));
        }
        return records;
    }

    /** Swaps which record is kept. */
    public void swap() {
        Long kept = keep;
        keep = merge;
        merge = kept;
        records = null;
    }

    public void confirm() throws IOException {
        try {
            applicants.merge(keep, merge);
            Messages.info("recruitment.merge.done");
        } catch (BusinessException e) {
            Messages.error(e);
            return;
        }
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/recruitment/applicant.xhtml?id=" + keep);
    }

    public Long getKeep() {
        return keep;
    }

    public void setKeep(Long keep) {
        this.keep = keep;
    }

    public Long getMerge() {
        return merge;
    }

    public void setMerge(Long merge) {
        this.merge = merge;
    }
}
