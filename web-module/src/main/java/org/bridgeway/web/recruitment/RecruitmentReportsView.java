package org.bridgeway.web.recruitment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.Role;
import org.bridgeway.partners.api.PartnerDirectory;
import org.bridgeway.recruitment.api.HiringProcesses;
import org.bridgeway.recruitment.api.RecruitmentReports;
import org.bridgeway.recruitment.api.ReportFilter;
import org.bridgeway.recruitment.api.StepView;
import org.bridgeway.shared.reports.SuppressedTable;
import org.bridgeway.web.shell.Messages;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.enums.IndexAxis;
import software.xdev.chartjs.model.options.BarOptions;

/**
 * recruitment/reports.xhtml: the funnel (people who reached each step, by source) as a table with small cells
 * suppressed and as a chart, with the conversion from each step to the next. Filters only; no person appears.
 */
@Named
@ViewScoped
public class RecruitmentReportsView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private RecruitmentReports reports;

    @Inject
    private HiringProcesses processes;

    @Inject
    private PartnerDirectory partners;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private org.bridgeway.web.shell.LanguageNames languageNames;

    private Long partnerId;
    private Long recruiterId;
    private String language;
    private LocalDate from;
    private LocalDate until;

    private RecruitmentReports.Dimension dimension = RecruitmentReports.Dimension.RACE_ETHNICITY;
    private RecruitmentReports.Grouping grouping = RecruitmentReports.Grouping.SOURCE;
    private transient SuppressedTable funnel;
    private transient List<Map.Entry<Long, String>> partnerChoices;
    private transient List<AccountDirectory.Entry> recruiterChoices;
    private transient List<org.bridgeway.recruitment.api.StepTime> times;
    private transient List<List<String>> diversityRows;
    private transient List<List<String>> hiresRows;
    private transient Map<String, String> stepLabels;

    /** One row of the conversion list: a step, how many reached it, and the share of the previous step's. */
    public record Conversion(String step, String reached, String rate) implements Serializable {

        public String getStep() {
            return step;
        }

        public String getReached() {
            return reached;
        }

        public String getRate() {
            return rate;
        }
    }

    private SuppressedTable funnel() {
        if (funnel == null) {
            funnel = reports.funnel(new ReportFilter(partnerId, recruiterId,
                    language == null || language.isBlank() ? null : language, from, until));
        }
        return funnel;
    }

    private Map<String, String> stepLabels() {
        if (stepLabels == null) {
            stepLabels = new HashMap<>();
            for (StepView step : processes.defaultTemplate().steps()) {
                stepLabels.put(String.valueOf(step.id()), step.name() != null ? step.name()
                        : Messages.text("StepKind." + step.kind()));
            }
        }
        return stepLabels;
    }

    public void show() {
        funnel = null;
        times = null;
        diversityRows = null;
        hiresRows = null;
    }

    public List<List<String>> getFunnelRows() {
        List<List<String>> rows = funnel().displayRows(Messages.text("recruitment.step"),
                Messages.text("explorer.reports.total"));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>(rows.get(i));
            if (i == 0) {
                for (int j = 1; j < row.size() - 1; j++) {
                    row.set(j, Messages.text("ApplicantSource." + row.get(j)));
                }
            } else if (i < rows.size() - 1) {
                row.set(0, stepLabels().getOrDefault(row.get(0), row.get(0)));
            }
            out.add(row);
        }
        return out.subList(0, out.size() - 1); // the sum over steps counts people several times: not shown
    }

    public List<Conversion> getConversions() {
        List<Conversion> conversions = new ArrayList<>();
        OptionalLong previous = OptionalLong.empty();
        var table = funnel();
        for (int row = 0; row < table.rowKeys().size(); row++) {
            var cell = table.rowTotal(row);
            OptionalLong reached = cell.shownCount();
            String rate = "";
            if (reached.isPresent() && previous.isPresent() && previous.getAsLong() > 0) {
                rate = Math.round(100.0 * reached.getAsLong() / previous.getAsLong()) + " %";
            }
            conversions.add(new Conversion(stepLabels().getOrDefault(table.rowKeys().get(row), ""), cell.display(), rate));
            previous = reached;
        }
        return conversions;
    }

    /** Chart.js configuration for p:chart: people who reached each step (hidden counts are left out). */
    public String getFunnelChart() {
        var table = funnel();
        var dataset = new BarDataset().setLabel(Messages.text("recruitment.reports.reached"))
                .setBackgroundColor("#0b57a4");
        var data = new BarData();
        for (int row = 0; row < table.rowKeys().size(); row++) {
            data.addLabel(stepLabels().getOrDefault(table.rowKeys().get(row), ""));
            OptionalLong shown = table.rowTotal(row).shownCount();
            dataset.addData(shown.isPresent() ? shown.getAsLong() : null);
        }
        data.addDataset(dataset);
        return new BarChart(data, new BarOptions().setIndexAxis(IndexAxis.Y).setResponsive(true)).toJson();
    }

    /** Self-identification in aggregate, steps reached by answer; small cells hidden. */
    public List<List<String>> getDiversityRows() {
        if (diversityRows == null) {
            diversityRows = diversity();
        }
        return diversityRows;
    }

    private List<List<String>> diversity() {
        var table = reports.diversity(dimension, new ReportFilter(partnerId, recruiterId,
                language == null || language.isBlank() ? null : language, from, until));
        List<List<String>> rows = table.displayRows(Messages.text("recruitment.reports.answer"),
                Messages.text("explorer.reports.total"));
        String prefix = switch (dimension) {
            case GENDER -> "SelfIdGender.";
            case RACE_ETHNICITY -> "SelfIdRace.";
            case VETERAN -> "SelfIdVeteran.";
        };
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>(rows.get(i));
            if (i == 0) {
                for (int j = 1; j < row.size() - 1; j++) {
                    row.set(j, stepLabels().getOrDefault(row.get(j), row.get(j)));
                }
                row.remove(row.size() - 1); // a sum over steps counts people several times
            } else {
                row.remove(row.size() - 1);
                if (i < rows.size() - 1) {
                    row.set(0, "NOT_ANSWERED".equals(row.get(0)) ? Messages.text("selfId.notAnswered")
                            : Messages.text(prefix + row.get(0)));
                }
            }
            out.add(row);
        }
        return out;
    }

    /** Days in each step and to hire, per group; groups under 5 people show "<5". */
    public List<org.bridgeway.recruitment.api.StepTime> getTimes() {
        if (times == null) {
            times = reports.timeInStep(grouping, new ReportFilter(partnerId, recruiterId,
                    language == null || language.isBlank() ? null : language, from, until));
        }
        return times;
    }

    public String timeGroup(String group) {
        return switch (grouping) {
            case SOURCE -> Messages.text("ApplicantSource." + group);
            case LANGUAGE -> languageNames.name(group);
            default -> group;
        };
    }

    public String timeStep(String stepKey) {
        return "HIRED".equals(stepKey) ? Messages.text("recruitment.reports.toHire")
                : stepLabels().getOrDefault(stepKey, stepKey);
    }

    /** Hires per referring partner over the last twelve months. */
    public List<List<String>> getHiresByPartner() {
        if (hiresRows == null) {
            var thisMonth = java.time.YearMonth.now();
            hiresRows = reports.hiresByPartner(thisMonth.minusMonths(11), thisMonth).displayRows(
                    Messages.text("recruitment.partner"), Messages.text("explorer.reports.total"));
        }
        return hiresRows;
    }

    public RecruitmentReports.Grouping[] getGroupings() {
        return RecruitmentReports.Grouping.values();
    }

    public RecruitmentReports.Grouping getGrouping() {
        return grouping;
    }

    public void setGrouping(RecruitmentReports.Grouping grouping) {
        this.grouping = grouping;
    }

    public RecruitmentReports.Dimension[] getDimensions() {
        return RecruitmentReports.Dimension.values();
    }

    public RecruitmentReports.Dimension getDimension() {
        return dimension;
    }

    public void setDimension(RecruitmentReports.Dimension dimension) {
        this.dimension = dimension;
    }

    public List<Map.Entry<Long, String>> getPartners() {
        if (partnerChoices == null) {
            partnerChoices = partners.activePartners();
        }
        return partnerChoices;
    }

    public List<AccountDirectory.Entry> getRecruiters() {
        if (recruiterChoices == null) {
            recruiterChoices = accounts.enabledWithRole(Role.RECRUITER);
        }
        return recruiterChoices;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public Long getRecruiterId() {
        return recruiterId;
    }

    public void setRecruiterId(Long recruiterId) {
        this.recruiterId = recruiterId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
