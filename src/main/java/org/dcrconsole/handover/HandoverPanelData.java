package org.dcrconsole.handover;

import java.util.List;

/** The compact view of the log: pinned open items (and how many in all) and the latest notes. */
public record HandoverPanelData(List<HandoverRow> pinned, long pinnedCount, List<HandoverRow> recent) {
}
