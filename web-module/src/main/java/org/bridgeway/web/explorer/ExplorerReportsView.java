package org.bridgeway.web.explorer;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.bridgeway.explorer.api.ExplorerPosts;
import org.bridgeway.explorer.api.ExplorerReports;
import org.bridgeway.explorer.api.PostSummary;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.shared.audit.AuditKind;
import org.bridgeway.shared.audit.AuditTrail;
import org.bridgeway.shared.reports.SuppressedTable;
import org.bridgeway.web.shell.LanguageNames;
import org.bridgeway.web.shell.Messages;

/**
 * explorer/reports.xhtml: aggregate tables only. Cells come already suppressed from the service (under 5
 * shows "&lt;5", plus a complementary cell); exports are those same displayed tables, audited as EXPORT.
 */
@Named
@ViewScoped
public class ExplorerReportsView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final String ATTENDANCE = "attendance";
    public static final String RETENTION = "retention";
    public static final String PARTICIPATION = "participation";

    @Inject
    private ExplorerReports reports;

    @Inject
    private ExplorerPosts posts;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private LanguageNames languageNames;

    private Long postId;
    private YearMonth from = YearMonth.now().minusMonths(5);
    private YearMonth until = YearMonth.now();
    private List<PostSummary> visiblePosts;

    @PostConstruct
    void init() {
        visiblePosts = posts.listPosts();
    }

    /** A table ready to show: header row, data rows, totals row, every label translated. */
    public List<List<String>> table(String report) {
        try {
            return labelled(report, load(report));
        } catch (BusinessException e) {
            Messages.error(e);
            return List.of();
        }
    }

    public List<ExplorerReports.HoursInMonth> getHours() {
        try {
            return reports.hoursByMonth(postId, from, until);
        } catch (BusinessException e) {
            return List.of();
        }
    }

    private SuppressedTable load(String report) {
        return switch (report) {
            case ATTENDANCE -> reports.attendanceByMonth(postId, from, until);
            case RETENTION -> reports.retentionByCohort(postId);
            case PARTICIPATION -> reports.participationByLanguageAndGender(postId);
            default -> throw new BusinessException("error.unexpected");
        };
    }

    private List<List<String>> labelled(String report, SuppressedTable table) {
        List<List<String>> rows = table.displayRows(Messages.text("explorer.reports." + report + ".rows"),
                Messages.text("explorer.reports.total"));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>(rows.get(i));
            if (i == 0) {
                for (int j = 1; j < row.size() - 1; j++) {
                    row.set(j, columnLabel(report, row.get(j)));
                }
            } else if (i < rows.size() - 1 && PARTICIPATION.equals(report)) {
                row.set(0, languageNames.name(row.get(0)));
            }
            out.add(row);
        }
        return out;
    }

    private static String columnLabel(String report, String key) {
        return switch (report) {
            case ATTENDANCE -> Messages.text("AttendanceMark." + key);
            case RETENTION -> Messages.text("ParticipantStatus." + key);
            default -> "NOT_STATED".equals(key) ? Messages.text("explorer.reports.notStated")
                    : Messages.text("Gender." + key);
        };
    }

    /** Streams the displayed table as CSV: the same suppressed cells, never a row per person. */
    public void exportCsv(String report) throws IOException {
        List<List<String>> rows = table(report);
        FacesContext context = FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"explorer-" + report + ".csv\"");
        try (var printer = new CSVPrinter(new OutputStreamWriter(external.getResponseOutputStream(),
                StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        auditTrail.record(AuditKind.EXPORT, "explorer-report", report);
        context.responseComplete();
    }

    /** The same displayed table as an Excel workbook (Apache POI): one sheet, header and totals in bold. */
    public void exportXlsx(String report) throws IOException {
        List<List<String>> rows = table(report);
        FacesContext context = FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"explorer-" + report + ".xlsx\"");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var sheet = workbook.createSheet(report);
            var bold = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    var cell = row.createCell(c);
                    // Shown numbers stay numbers for the spreadsheet; "<5" stays text.
                    if (r > 0 && c > 0 && value.matches("\\d+")) {
                        cell.setCellValue(Long.parseLong(value));
                    } else {
                        cell.setCellValue(value);
                    }
                    if (r == 0 || c == 0 || r == rows.size() - 1) {
                        cell.setCellStyle(bold);
                    }
                }
            }
            workbook.write(external.getResponseOutputStream());
        }
        auditTrail.record(AuditKind.EXPORT, "explorer-report", report);
        context.responseComplete();
    }

    public List<PostSummary> getPosts() {
        return visiblePosts;
    }

    public Long getPostId() {
        return postId;
    }

    public void setPostId(Long postId) {
        this.postId = postId;
    }

    public String getFrom() {
        return from.toString();
    }

    public void setFrom(String value) {
        from = parse(value, from);
    }

    public String getUntil() {
        return until.toString();
    }

    public void setUntil(String value) {
        until = parse(value, until);
    }

    private static YearMonth parse(String value, YearMonth fallback) {
        try {
            return value == null || value.isBlank() ? fallback : YearMonth.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            Messages.error("explorer.reports.monthInvalid");
            return fallback;
        }
    }
}
