package org.oneplan.selfassessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** Someone who took part in an assessment, and in what capacity. */
@Embeddable
public record Participant(@Column(name = "name") String name,
                          @Enumerated(EnumType.STRING) @Column(name = "capacity") Capacity capacity) {
}
