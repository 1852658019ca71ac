package org.dcrconsole.booth;

/** What a booth tile shows. */
public enum BoothState {
    FREE, OCCUPIED, CLEANING, OUT_OF_SERVICE
}
