package org.partyaffairs.workforce.probation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The worker's public commitment during probation (001 第十八条(一): 工作承诺和廉洁自律承诺). */
@Embeddable
public record Commitment(
    @Column(name = "work_commitment") String work,
    @Column(name = "integrity_commitment") String integrity,
    @Column(name = "commitment_made_on") LocalDate madeOn,
    @Column(name = "commitment_recorded_by") String recordedBy) {
}
