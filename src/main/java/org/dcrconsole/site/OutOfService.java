package org.dcrconsole.site;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Why a booth is out of service, since when and by whom (all null when an administrator switched it off without one). */
public record OutOfService(@Nullable String reason, @Nullable Instant since, @Nullable String by) {
}
