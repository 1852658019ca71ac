package archfixture.report;

import archfixture.incident.IncidentService;

/** The other half of the cycle. */
public class ReportService {
    IncidentService incidents;
}
