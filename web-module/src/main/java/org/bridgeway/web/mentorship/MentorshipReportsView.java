package org.bridgeway.web.mentorship;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.bridgeway.mentorship.api.MentorshipReports;
import org.bridgeway.shared.reports.SuppressedTable;
import org.bridgeway.web.shell.Messages;

/** mentorship/reports.xhtml: matches and sessions per post, hours per month — suppressed aggregates only. */
@Named
@ViewScoped
public class MentorshipReportsView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private MentorshipReports reports;

    private YearMonth from = YearMonth.now().minusMonths(5);
    private YearMonth until = YearMonth.now();

    public List<List<String>> getMatches() {
        return labelled(reports.matchesByPost(), "MatchStatus.");
    }

    public List<List<String>> getSessions() {
        return labelled(reports.sessionsByPost(from, until), "SessionStatus.");
    }

    public List<MentorshipReports.HoursInMonth> getHours() {
        return reports.hoursByMonth(from, until);
    }

    private static List<List<String>> labelled(SuppressedTable table, String columnPrefix) {
        List<List<String>> rows = table.displayRows(Messages.text("explorer.post"), Messages.text("explorer.reports.total"));
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>(rows.get(i));
            if (i == 0) {
                for (int j = 1; j < row.size() - 1; j++) {
                    row.set(j, Messages.text(columnPrefix + row.get(j)));
                }
            }
            out.add(row);
        }
        return out;
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
