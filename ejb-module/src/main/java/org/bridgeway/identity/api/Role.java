package org.bridgeway.identity.api;

/**
 * Roles people hold. Code never checks a role: roles only group permissions (table role_permission, matrix in
 * docs/roles.md), and services check permissions.
 */
public enum Role {
    ADMIN, COORDINATOR, RECRUITER, MENTOR, YOUTH, BACKGROUND_INVESTIGATOR, COMMAND, PARTNER, LIAISON
}
