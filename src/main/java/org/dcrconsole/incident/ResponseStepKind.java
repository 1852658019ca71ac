package org.dcrconsole.incident;

/** One step of the emergency response, in the order the protocol usually takes them. */
public enum ResponseStepKind {
    RECOGNISED, OXYGEN, BAG_VALVE_MASK, NALOXONE, CPR, AMBULANCE_CALLED, AMBULANCE_ARRIVED, VITALS, OUTCOME
}
