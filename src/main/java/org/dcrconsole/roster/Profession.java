package org.dcrconsole.roster;

/** What a staff member is by training; decides the position the gap filler suggests. */
public enum Profession {
    NURSE, DOCTOR, PARAMEDIC, SOCIAL_WORKER, PEER_WORKER, SECURITY
}
