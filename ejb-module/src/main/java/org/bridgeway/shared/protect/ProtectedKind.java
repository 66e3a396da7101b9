package org.bridgeway.shared.protect;

import org.bridgeway.identity.api.Permission;

/**
 * Every kind of protected value, with the permissions to read and to write it. Contexts add their kinds here;
 * the residency basis of an Explorer eligibility record is the first.
 */
public enum ProtectedKind {
    RESIDENCY_BASIS(Permission.RESIDENCY_READ, Permission.RESIDENCY_WRITE),
    /** What a sworn-hiring residency requirement was verified on (recruitment). */
    SWORN_ELIGIBILITY_BASIS(Permission.RECRUITMENT_SENSITIVE, Permission.RECRUITMENT_SENSITIVE);

    private final String readPermission;
    private final String writePermission;

    ProtectedKind(String readPermission, String writePermission) {
        this.readPermission = readPermission;
        this.writePermission = writePermission;
    }

    public String readPermission() {
        return readPermission;
    }

    public String writePermission() {
        return writePermission;
    }
}
