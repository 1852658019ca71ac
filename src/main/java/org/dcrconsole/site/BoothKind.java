package org.dcrconsole.site;

/** What a booth ("place") is for. Flexible places serve both routes. */
public enum BoothKind {
    INJECTION, INHALATION, FLEXIBLE
}
