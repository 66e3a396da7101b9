package org.bridgeway.recruitment.api;

import java.io.Serializable;

/**
 * Where an import stands: PREVIEW (checked, waiting for a choice), RUNNING, DONE, REFUSED (all-or-nothing chosen
 * and some rows were bad: nothing imported) or FAILED (nothing imported).
 */
public record ImportStatus(long importId, String status, int totalRows, int invalidRows, int processedRows,
        int committedRows) implements Serializable {

    public boolean isFinished() {
        return status.equals("DONE") || status.equals("REFUSED") || status.equals("FAILED");
    }

    /** Percent of the rows to import that are done, for the progress bar. */
    public int getPercent() {
        int toImport = totalRows - invalidRows;
        if (status.equals("DONE")) {
            return 100;
        }
        return toImport <= 0 ? 0 : Math.min(100, processedRows * 100 / toImport);
    }

    public String getStatus() {
        return status;
    }

    public int getCommittedRows() {
        return committedRows;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getInvalidRows() {
        return invalidRows;
    }
}
