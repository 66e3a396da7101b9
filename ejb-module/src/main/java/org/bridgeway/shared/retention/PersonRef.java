package org.bridgeway.shared.retention;

import java.io.Serializable;

/** A person as some context knows them: an account, later an Explorer participant or an applicant. */
public record PersonRef(String type, long id) implements Serializable {

    public static final String ACCOUNT = "account";
}
