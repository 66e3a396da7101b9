package org.bridgeway.web.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.bridgeway.identity.api.AccountDirectory;
import org.bridgeway.identity.api.Role;
import org.bridgeway.partners.api.Outreach;
import org.bridgeway.partners.api.PartnerDirectory;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/** community/areas.xhtml: communities and named neighbourhoods, and which liaison covers which area or partner. */
@Named
@ViewScoped
public class AreasView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private Outreach outreach;

    @Inject
    private AccountDirectory accounts;

    @Inject
    private PartnerDirectory partners;

    private Outreach.AreaKind kind = Outreach.AreaKind.COMMUNITY;
    private String name;
    private Long liaisonId;
    private Long areaId;
    private Long partnerId;

    private transient List<Outreach.Area> areas;
    private transient List<Outreach.Assignment> assignments;

    public void addArea() {
        try {
            outreach.addArea(kind, name);
            Messages.info("outreach.area.added", name);
            name = null;
            areas = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void assign() {
        if (liaisonId == null) {
            Messages.error("outreach.assign.invalid");
            return;
        }
        try {
            outreach.assign(liaisonId, areaId, partnerId);
            Messages.info("outreach.assigned");
            areaId = null;
            partnerId = null;
            assignments = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public void unassign(long assignmentId) {
        try {
            outreach.unassign(assignmentId);
            Messages.info("outreach.unassigned");
            assignments = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public List<Outreach.Area> getAreas() {
        if (areas == null) {
            areas = outreach.areas();
        }
        return areas;
    }

    public List<Outreach.Assignment> getAssignments() {
        if (assignments == null) {
            assignments = outreach.assignments(null);
        }
        return assignments;
    }

    public List<AccountDirectory.Entry> getLiaisons() {
        return accounts.enabledWithRole(Role.LIAISON);
    }

    public List<Map.Entry<Long, String>> getPartners() {
        return partners.activePartners();
    }

    public Outreach.AreaKind[] getKinds() {
        return Outreach.AreaKind.values();
    }

    public Outreach.AreaKind getKind() {
        return kind;
    }

    public void setKind(Outreach.AreaKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getLiaisonId() {
        return liaisonId;
    }

    public void setLiaisonId(Long liaisonId) {
        this.liaisonId = liaisonId;
    }

    public Long getAreaId() {
        return areaId;
    }

    public void setAreaId(Long areaId) {
        this.areaId = areaId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(Long partnerId) {
        this.partnerId = partnerId;
    }
}
