package org.bridgeway.web.recruitment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bridgeway.recruitment.api.HiringProcesses;
import org.bridgeway.recruitment.api.PartnerReferrals;
import org.bridgeway.recruitment.api.ReferralProgress;
import org.bridgeway.recruitment.api.StepView;
import org.bridgeway.web.shell.Messages;

/** recruitment/partner.xhtml: a partner organisation's referrals — counts per step, and who agreed to share. */
@Named
@RequestScoped
public class PartnerReferralsView {

    @Inject
    private PartnerReferrals referrals;

    @Inject
    private HiringProcesses processes;

    private String partnerName;
    private List<List<String>> counts;
    private List<ReferralProgress> shared;

    /** Before rendering: an account linked to no organisation gets "not found", like any missing record. */
    public void load() {
        partnerName = referrals.partnerName();
    }

    public String getPartnerName() {
        return partnerName;
    }

    public List<List<String>> getCounts() {
        if (counts == null) {
            Map<String, String> labels = new HashMap<>();
            for (StepView step : processes.defaultTemplate().steps()) {
                labels.put(String.valueOf(step.id()), label(step));
            }
            labels.put("HIRED", Messages.text("recruitment.partner.hired"));
            labels.put("CLOSED", Messages.text("recruitment.partner.closed"));
            List<List<String>> rows = referrals.counts().displayRows(Messages.text("recruitment.step"),
                    Messages.text("explorer.reports.total"));
            counts = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                List<String> row = new ArrayList<>(rows.get(i).subList(0, 2)); // one column: the total repeats it
                if (i == 0) {
                    row.set(1, Messages.text("recruitment.partner.people"));
                } else {
                    row.set(0, labels.getOrDefault(row.get(0), row.get(0)));
                }
                counts.add(row);
            }
        }
        return counts;
    }

    public List<ReferralProgress> getShared() {
        if (shared == null) {
            shared = referrals.sharedProgress();
        }
        return shared;
    }

    public String label(StepView step) {
        return step == null ? "" : step.name() != null ? step.name() : Messages.text("StepKind." + step.kind());
    }
}
