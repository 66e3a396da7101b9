package org.bridgeway.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.bridgeway.shared.PageRequest;
import org.bridgeway.shared.audit.AuditEntry;
import org.bridgeway.shared.audit.AuditFilter;
import org.bridgeway.shared.audit.AuditKind;
import org.bridgeway.shared.audit.AuditTrail;
import org.bridgeway.web.shell.AgencyTime;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** admin/audit.xhtml: search the audit trail by actor, kind, record and date, paged in the database. */
@Named
@ViewScoped
public class AuditListView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail auditTrail;

    @Inject
    private AgencyTime agencyTime;

    private String actor;
    private AuditKind kind;
    private String subjectId;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditEntry> entries = new AuditDataModel();

    private AuditFilter filter() {
        boolean bySubject = subjectId != null && !subjectId.isBlank();
        return new AuditFilter(actorAsStored(), kind, bySubject ? "account" : null, bySubject ? subjectId : null,
                agencyTime.startOf(from), to == null ? null : agencyTime.startOf(to.plusDays(1)));
    }

    /** People appear in the trail by account number; "system" and "anonymous" as themselves. */
    private String actorAsStored() {
        if (actor == null || actor.isBlank()) {
            return null;
        }
        String typed = actor.strip();
        return typed.chars().allMatch(Character::isDigit) ? "account:" + typed : typed;
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public AuditKind[] getKinds() {
        return AuditKind.values();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditKind getKind() {
        return kind;
    }

    public void setKind(AuditKind kind) {
        this.kind = kind;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    private final class AuditDataModel extends LazyDataModel<AuditEntry> {

        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) auditTrail.count(filter());
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sorts,
                Map<String, FilterMeta> filters) {
            return auditTrail.find(filter(), new PageRequest(first, Math.min(pageSize, PageRequest.MAX_SIZE), null, false));
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.id());
        }
    }
}
