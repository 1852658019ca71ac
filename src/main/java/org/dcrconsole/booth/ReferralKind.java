package org.dcrconsole.booth;

/** Where a client was referred to at check-out. */
public enum ReferralKind {
    TREATMENT, SUBSTITUTION, MEDICAL_CARE, HOUSING, SOCIAL_SERVICES
}
