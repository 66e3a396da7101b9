package org.bridgeway.shared.protect;

import jakarta.ejb.Local;
import java.util.Optional;

/**
 * The only way to a protected value. Values live encrypted in their own table, keyed by the record that owns
 * them, so no entity has a field (or a getter) that could leak them into lists, filters, exports, the API or
 * logs. Each read checks the kind's permission and writes exactly one audit row.
 */
@Local
public interface ProtectedValues {

    /** Requires the kind's write permission. Replaces any earlier value; a null value removes it. */
    void write(ProtectedKind kind, String ownerType, Object ownerId, String value);

    /** Requires the kind's read permission; audited as PROTECTED_FIELD_READ of the owning record. */
    Optional<String> read(ProtectedKind kind, String ownerType, Object ownerId);

    /** Removes every protected value of a record (erasure). Checks no permission: the caller does. */
    int eraseAll(String ownerType, Object ownerId);
}
