package org.bridgeway.recruitment.api;

import java.io.Serializable;
import java.util.List;

/**
 * A checked CSV file, staged and not yet imported: row counts, each bad row's line number and reason (a bundle
 * key and its argument), and rows that look like people already in the pipeline.
 */
public record ImportPreview(long importId, int totalRows, int invalidRows, List<RowProblem> problems,
        List<RowProblem> possibleDuplicates) implements Serializable {

    /** A line of the file (the header is line 1) and what is wrong or worth a look. */
    public record RowProblem(int line, String messageKey, String argument) implements Serializable {

        public int getLine() {
            return line;
        }

        public String getMessageKey() {
            return messageKey;
        }

        public String getArgument() {
            return argument;
        }
    }

    public int getValidRows() {
        return totalRows - invalidRows;
    }

    public long getImportId() {
        return importId;
    }

    public int getTotalRows() {
        return totalRows;
    }

    public int getInvalidRows() {
        return invalidRows;
    }

    public List<RowProblem> getProblems() {
        return problems;
    }

    public List<RowProblem> getPossibleDuplicates() {
        return possibleDuplicates;
    }
}
