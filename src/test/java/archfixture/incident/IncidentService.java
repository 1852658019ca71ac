package archfixture.incident;

import archfixture.report.ReportService;

/** One half of a cycle between features. */
public class IncidentService {
    ReportService reports;
}
