package org.bridgeway.identity.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;

/** An administrator's input for a new account. The password is temporary: it must be changed at first login. */
public record NewAccount(
        @NotBlank @Size(max = AccountRules.USERNAME_MAX) @Pattern(regexp = AccountRules.USERNAME_PATTERN) String username,
        @NotBlank @Size(max = AccountRules.DISPLAY_NAME_MAX) String displayName,
        @Email @Size(max = AccountRules.EMAIL_MAX) String email,
        @NotBlank @Pattern(regexp = AccountRules.LANGUAGE_PATTERN) String language,
        @NotEmpty Set<Role> roles,
        @NotBlank String temporaryPassword)
        implements Serializable {

    @Override
    public String toString() {
        return "NewAccount[" + username + "]";
    }
}
