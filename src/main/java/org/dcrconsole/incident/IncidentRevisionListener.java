package org.dcrconsole.incident;

import org.dcrconsole.security.CurrentUser;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in user ("system" for demo data and jobs). */
public class IncidentRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((IncidentRevision) revisionEntity).setUsername(CurrentUser.username());
    }
}
