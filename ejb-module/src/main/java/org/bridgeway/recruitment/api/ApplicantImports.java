package org.bridgeway.recruitment.api;

import jakarta.ejb.Local;

/**
 * CSV import of interest cards, e.g. from a partner's event (recruitment:write). The file is checked and staged
 * first (a preview with row errors by line number); the valid rows are then imported in one transaction — all
 * of the file or nothing, or the valid rows only, as the recruiter chooses.
 */
@Local
public interface ApplicantImports {

    int MAX_ROWS = 20_000;
    int MAX_BYTES = 5 * 1024 * 1024;

    /**
     * Columns (header row, any order): given_name, family_name, email, phone, birth_date (yyyy-mm-dd),
     * language, languages (comma-separated ISO 639 codes), heard_how. The source applies to every row.
     */
    ImportPreview preview(String fileName, byte[] csv, ApplicantSource source, Long partnerId, String event);

    /**
     * Imports a previewed file in one transaction. All-or-nothing refuses the whole file when any row is bad.
     * Progress is visible to {@link #status} from other requests (and other servers) while it runs.
     */
    ImportStatus commit(long importId, boolean allOrNothing);

    ImportStatus status(long importId);
}
