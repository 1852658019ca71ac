package org.dcrconsole.incident;

import java.util.List;

/** One incident with its response timeline (in time order) and its follow-up actions. */
public record IncidentDetails(Incident incident, List<ResponseStep> steps, List<FollowUpAction> actions) {

    public IncidentDetails {
        steps = List.copyOf(steps);
        actions = List.copyOf(actions);
    }

    public long id() {
        return incident.getId();
    }
}
