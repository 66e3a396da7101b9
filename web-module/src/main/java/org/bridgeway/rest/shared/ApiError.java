package org.bridgeway.rest.shared;

/** The body of every API error: a stable code and an English explanation. Never a stack trace. */
public record ApiError(String error, String message) {
}
