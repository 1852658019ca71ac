package org.dcrconsole.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the access log grid shows: entries of one user (exact user name), of one kind, on the local
 * days from..to (both included); null means any.
 */
public record AccessLogFilter(@Nullable String username, @Nullable AccessKind kind, @Nullable LocalDate from,
                              @Nullable LocalDate to) {

    public static final AccessLogFilter ALL = new AccessLogFilter(null, null, null, null);
}
