package org.bridgeway.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.bridgeway.identity.api.CurrentUser;
import org.bridgeway.identity.api.Permission;

/** Which menu entries the person sees: by permission, the same ones the services check. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    private CurrentUser currentUser;

    public boolean isPartners() {
        return currentUser.isPermitted(Permission.PARTNERS_READ);
    }

    public boolean isPartnersWrite() {
        return currentUser.isPermitted(Permission.PARTNERS_WRITE);
    }

    public boolean isAudit() {
        return currentUser.isPermitted(Permission.AUDIT_READ);
    }

    public boolean isAccounts() {
        return currentUser.isPermitted(Permission.ACCOUNTS_MANAGE);
    }

    public boolean isExplorer() {
        return currentUser.isPermitted(Permission.EXPLORER_READ);
    }

    public boolean isExplorerWrite() {
        return currentUser.isPermitted(Permission.EXPLORER_WRITE);
    }

    public boolean isExplorerConfigure() {
        return currentUser.isPermitted(Permission.EXPLORER_CONFIGURE);
    }

    public boolean isExplorerReports() {
        return currentUser.isPermitted(Permission.EXPLORER_REPORTS);
    }

    public boolean isMyExplorer() {
        return currentUser.isPermitted(Permission.EXPLORER_SELF);
    }

    public boolean isResidencyRead() {
        return currentUser.isPermitted(Permission.RESIDENCY_READ);
    }

    public boolean isResidencyWrite() {
        return currentUser.isPermitted(Permission.RESIDENCY_WRITE);
    }

    public boolean isScreening() {
        return currentUser.isPermitted(Permission.SCREENING_MANAGE);
    }

    /** People who have sessions or activities: mentors, youth, coordinators. */
    public boolean isCalendarFeed() {
        return currentUser.isPermitted(Permission.MENTORSHIP_MENTOR) || currentUser.isPermitted(Permission.EXPLORER_SELF)
                || currentUser.isPermitted(Permission.MENTORSHIP_MANAGE);
    }

    public boolean isMentor() {
        return currentUser.isPermitted(Permission.MENTORSHIP_MENTOR);
    }

    public boolean isMentorshipManage() {
        return currentUser.isPermitted(Permission.MENTORSHIP_MANAGE);
    }

    public boolean isRecruitment() {
        return currentUser.isPermitted(Permission.RECRUITMENT_READ);
    }

    public boolean isRecruitmentReports() {
        return currentUser.isPermitted(Permission.RECRUITMENT_REPORTS);
    }

    public boolean isPartnerReferrals() {
        return currentUser.isPermitted(Permission.RECRUITMENT_PARTNER);
    }

    public boolean isRecruitmentConfigure() {
        return currentUser.isPermitted(Permission.RECRUITMENT_CONFIGURE);
    }

    public boolean isCommunityPublish() {
        return currentUser.isPermitted(Permission.COMMUNITY_PUBLISH);
    }

    public boolean isCommunityLiaison() {
        return currentUser.isPermitted(Permission.COMMUNITY_LIAISON);
    }

    public boolean isCommunityAcademy() {
        return currentUser.isPermitted(Permission.COMMUNITY_ACADEMY);
    }

    public boolean isCommunityReports() {
        return currentUser.isPermitted(Permission.COMMUNITY_REPORTS);
    }

    public boolean isExtensionsManage() {
        return currentUser.isPermitted(Permission.EXTENSIONS_MANAGE);
    }

    public boolean isLanguageLog() {
        return currentUser.isPermitted(Permission.LANGUAGE_LOG);
    }
}
