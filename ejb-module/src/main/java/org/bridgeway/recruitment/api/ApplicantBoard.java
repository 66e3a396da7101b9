package org.bridgeway.recruitment.api;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Map;

/** The board (recruitment:read): open applicants per step of the default template, filtered. */
@Local
public interface ApplicantBoard {

    /** Open applicants per step id, in one query. */
    Map<Long, Long> counts(BoardFilter filter);

    /** One step's cards, longest waiting first. */
    List<BoardCard> cards(long stepId, BoardFilter filter, int offset, int limit);

    int EXPORT_MAX_ROWS = 100_000;

    /**
     * The open applicants matching the filter as CSV (UTF-8), non-sensitive columns only: no birth date, no
     * requirement or basis, no self-identification, no notes. Audited as an export.
     */
    byte[] exportCsv(BoardFilter filter);
}
