package org.dcrconsole.handover;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.dcrconsole.base.validation.PlainText;
import org.jspecify.annotations.Nullable;

/**
 * A new entry as written: the text, whether it is an open item, and optionally the booth, the
 * client (an id from the site's register, never typed) and the incident it is about.
 */
public record HandoverDraft(@NotBlank @Size(max = HandoverEntry.BODY_MAX) @PlainText(multiline = true) String body,
                            boolean openItem, @Nullable Long boothId, @Nullable Long clientId,
                            @Nullable Long incidentId) {
}
