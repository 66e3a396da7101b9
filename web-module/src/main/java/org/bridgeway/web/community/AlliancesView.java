package org.bridgeway.web.community;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.bridgeway.partners.api.Alliances;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/** community/alliances.xhtml: the alliances, their members, and every open commitment and follow-up. */
@Named
@ViewScoped
public class AlliancesView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private Alliances alliances;

    private String name;
    private String description;

    private transient List<Alliances.AllianceSummary> list;
    private transient List<Alliances.Action> openActions;

    public void create() {
        try {
            alliances.createAlliance(name, description);
            Messages.info("alliance.created", name);
            name = null;
            description = null;
            list = null;
        } catch (BusinessException e) {
            Messages.error(e);
        }
    }

    public List<Alliances.AllianceSummary> getList() {
        if (list == null) {
            list = alliances.alliances();
        }
        return list;
    }

    public List<Alliances.Action> getOpenActions() {
        if (openActions == null) {
            openActions = alliances.openActions();
        }
        return openActions;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
