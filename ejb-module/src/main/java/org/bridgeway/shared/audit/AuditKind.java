package org.bridgeway.shared.audit;

/** What happened. Labels live in the bundles as AuditKind.VALUE. */
public enum AuditKind {
    LOGIN, LOGIN_FAILED, LOGIN_THROTTLED, LOGOUT,
    ACCOUNT_CREATED, ACCOUNT_ENABLED, ACCOUNT_DISABLED, ROLES_CHANGED, TEMPORARY_PASSWORD_SET, PASSWORD_CHANGED,
    PROTECTED_FIELD_READ, EXPORT, ERASURE
}
