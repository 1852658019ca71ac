package org.dcrconsole.audit;

import java.time.Instant;

/** One entry of the access log: who, when, what kind, which subject (alias or id, never a code). */
public record AccessLogRow(long id, Instant at, String username, AccessKind kind, String subject) {
}
