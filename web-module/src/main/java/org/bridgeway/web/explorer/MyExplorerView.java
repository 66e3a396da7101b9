package org.bridgeway.web.explorer;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import org.bridgeway.explorer.api.YouthOverview;
import org.bridgeway.explorer.api.YouthSelfService;
import org.bridgeway.shared.BusinessException;
import org.bridgeway.web.shell.Messages;

/** my/explorer.xhtml: a youth's own schedule, RSVPs, attendance, hours and standing. Keeps no personal data. */
@Named
@ViewScoped
public class MyExplorerView implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private YouthSelfService youthSelf;

    private transient YouthOverview overview;

    public YouthOverview getOverview() {
        if (overview == null) {
            overview = youthSelf.overview();
        }
        return overview;
    }

    public void rsvp(long activityId) {
        try {
            youthSelf.rsvp(activityId);
            Messages.info("my.explorer.rsvp.done");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        overview = null;
    }

    public void withdraw(long activityId) {
        try {
            youthSelf.withdrawRsvp(activityId);
            Messages.info("my.explorer.rsvp.withdrawn");
        } catch (BusinessException e) {
            Messages.error(e);
        }
        overview = null;
    }
}
