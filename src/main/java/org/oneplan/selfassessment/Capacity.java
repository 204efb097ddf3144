package org.oneplan.selfassessment;

/** In what capacity someone took part in a self-assessment: Progress asks for co-production. */
public enum Capacity {
    LIVED_EXPERIENCE, CARER, FRONT_LINE_STAFF, MANAGER, PARTNER
}
