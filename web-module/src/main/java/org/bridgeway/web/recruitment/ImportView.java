package org.bridgeway.web.recruitment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bridgeway.partners.api.PartnerDirectory;
import org.bridgeway.recruitment.api.ApplicantImports;
import org.bridgeway.recruitment.api.ApplicantSource;
import org.bridgeway.recruitment.api.ImportPreview;
import org.bridgeway.recruitment.api.ImportStatus;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/**
 * recruitment/import.xhtml: upload interest cards (CSV), see each bad row by line number, choose all-or-nothing
 * or valid rows only, and follow the import on a progress bar. Holds the import's id and the preview's counts
 * and problems (line numbers and reasons, no personal data).
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ApplicantImports imports;

    @Inject
    private ImportRunner runner;

    @Inject
    private PartnerDirectory partners;

    private transient Part file;
    private ApplicantSource source = ApplicantSource.PARTNER;
    private Long partnerId;
    private String event;
    private boolean allOrNothing = true;
    private ImportPreview preview;
    private boolean started;
    private transient List<Map.Entry<Long, String>> partnerChoices;

    public void check() {
        if (file == null || file.getSize() == 0) {
            Messages.error("recruitment.import.empty");
            return;
        }
        if (file.getSize() > ApplicantImports.MAX_BYTES) {
            Messages.error("recruitment.import.tooLarge", ApplicantImports.MAX_BYTES / 1024 / 1024);
            return;
        }
        try (var in = file.getInputStream()) {
            preview = imports.preview(file.getSubmittedFileName(), in.readAllBytes(), source, partnerId, event);
            started = false;
        } catch (BusinessException e) {
            preview = null;
            Messages.error(e);
        } catch (IOException e) {
            preview = null;
            Messages.error("recruitment.import.unreadable");
        }
    }

    public void start() {
        if (preview == null) {
            return;
        }
        runner.start(preview.importId(), allOrNothing);
        started = true;
    }

    public ImportStatus getStatus() {
        return preview == null ? null : imports.status(preview.importId());
    }

    /** The poll's listener: once finished, the poll stops and the outcome says how it went. */
    public void poll() {
        ImportStatus status = getStatus();
        if (status != null && status.isFinished()) {
            started = false;
        }
    }

    /** What the import did, in words (under the progress bar, updated by the poll). */
    public String getOutcome() {
        ImportStatus status = getStatus();
        if (status == null) {
            return "";
        }
        return switch (status.status()) {
            case "DONE" -> Messages.text("recruitment.import.done", status.committedRows());
            case "REFUSED" -> Messages.text("recruitment.import.refused", status.invalidRows());
            case "FAILED" -> Messages.text("recruitment.import.failed");
            case "RUNNING" -> Messages.text("ImportState.RUNNING");
            default -> "";
        };
    }

    public String problem(ImportPreview.RowProblem problem) {
        String argument = problem.argument();
        if ("recruitment.import.error.field".equals(problem.messageKey())) {
            argument = Messages.text("recruitment.import.field." + argument);
        }
        return Messages.text(problem.messageKey(), argument);
    }

    public List<ApplicantSource> getSources() {
        return List.of(ApplicantSource.PARTNER, ApplicantSource.OUTREACH_EVENT, ApplicantSource.WEBSITE);
    }

    public List<Map.Entry<Long, String>> getPartners() {
        if (partnerChoices == null) {
            partnerChoices = partners.activePartners();
        }
        return partnerChoices;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ApplicantSource getSource() {
        return source;
    }

    public void setSource(ApplicantSource source) {
        this.source = source;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }

    public String getEvent() {
        return event;
    }

    public void setEvent(String event) {
        this.event = event;
    }

    public boolean isAllOrNothing() {
        return allOrNothing;
    }

    public void setAllOrNothing(boolean allOrNothing) {
        this.allOrNothing = allOrNothing;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public boolean isStarted() {
        return started;
    }

    /** A template with the columns the import reads. */
    public void downloadTemplate() throws IOException {
        var context = jakarta.faces.context.FacesContext.getCurrentInstance();
        var external = context.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"interest-cards.csv\"");
        external.getResponseOutputStream().write(("given_name,family_name,email,phone,birth_date,language,languages,"
                + "heard_how\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        context.responseComplete();
    }
}
