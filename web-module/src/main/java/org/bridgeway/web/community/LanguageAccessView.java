package org.bridgeway.web.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;
import org.bridgeway.partners.api.LanguageAccess;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.LanguageNames;
import org.bridgeway.web.shell.Messages;

/**
 * community/language-access.xhtml: record the language of an interview, session, event or contact and how
 * interpretation was provided; for those who may read it, the monthly report per language (small cells hidden).
 */
@Named
@ViewScoped
public class LanguageAccessView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private LanguageAccess languageAccess;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LanguageNames languageNames;

    private LocalDate occurredOn = LocalDate.now();
    private LanguageAccess.Context context = LanguageAccess.Context.INTERVIEW;
    private String language = "so";
    private LanguageAccess.Provision provision = LanguageAccess.Provision.NOT_NEEDED;
    private YearMonth from = YearMonth.now().minusMonths(2);
    private YearMonth until = YearMonth.now();

    private transient List<List<String>> report;

    public void record() {
        try {
            languageAccess.record(occurredOn, context, language, provision, null);
            Messages.info("language.access.recorded");
            report = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void refresh() {
        report = null;
    }

    /** The report as displayed rows: a header, then "month · language" rows with their provisions, then totals. */
    public List<List<String>> getReport() {
        if (report == null) {
            try {
                String total = Messages.text("explorer.reports.total");
                List<List<String>> rows = languageAccess.monthlyReport(from, until)
                        .displayRows(Messages.text("language.access.monthLanguage"), total);
                // The table's keys are codes: provision names in the header, "yyyy-MM code" for each row.
                report = new ArrayList<>();
                for (int r = 0; r < rows.size(); r++) {
                    List<String> line = new ArrayList<>(rows.get(r));
                    if (r == 0) {
                        for (int c = 1; c < line.size() - 1; c++) {
                            line.set(c, Messages.text("Provision." + line.get(c)));
                        }
                    } else if (r < rows.size() - 1) {
                        String[] key = line.get(0).split(" ");
                        line.set(0, key[0] + " · " + languageNames.name(key[1]));
                    }
                    report.add(line);
                }
            } catch (BusinessException e) {
                Messages.error(e);
                report = List.of();
            }
        }
        return report;
    }

    public boolean isCanRecord() {
        return currentUser.isPermitted(Permission.LANGUAGE_LOG);
    }

    public boolean isCanReport() {
        return currentUser.isPermitted(Permission.COMMUNITY_REPORTS);
    }

    public LanguageAccess.Context[] getContexts() {
        return LanguageAccess.Context.values();
    }

    public LanguageAccess.Provision[] getProvisions() {
        return LanguageAccess.Provision.values();
    }

    /** ?context= from a link on an applicant's or a mentor's page: preselects the kind of interaction. */
    public String getContextParam() {
        return context.name();
    }

    public void setContextParam(String value) {
        for (LanguageAccess.Context candidate : LanguageAccess.Context.values()) {
            if (candidate.name().equals(value)) {
                context = candidate;
            }
        }
    }

    /** ?language= : preselects the language (a code the page offers; anything else is ignored). */
    public String getLanguageParam() {
        return language;
    }

    public void setLanguageParam(String value) {
        if (value != null && LanguageNames.CODES.contains(value)) {
            language = value;
        }
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public LanguageAccess.Context getContext() {
        return context;
    }

    public void setContext(LanguageAccess.Context context) {
        this.context = context;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LanguageAccess.Provision getProvision() {
        return provision;
    }

    public void setProvision(LanguageAccess.Provision provision) {
        this.provision = provision;
    }

    public String getFrom() {
        return from.toString();
    }

    public void setFrom(String from) {
        this.from = parse(from, this.from);
    }

    public String getUntil() {
        return until.toString();
    }

    public void setUntil(String until) {
        this.until = parse(until, this.until);
    }

    private static YearMonth parse(String value, YearMonth fallback) {
        try {
            return YearMonth.parse(value.strip());
        } catch (RuntimeException e) {
            Messages.error("language.access.month");
            return fallback;
        }
    }
}
