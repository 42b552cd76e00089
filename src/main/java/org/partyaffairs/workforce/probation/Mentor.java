package org.partyaffairs.workforce.probation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** The experienced cadre who mentors the worker through probation (001 第十八条(六) 师带徒). */
@Embeddable
public record Mentor(
    @Column(name = "mentor_name") String name,
    @Column(name = "mentor_position") String position,
    @Column(name = "mentor_assigned_by") String assignedBy,
    @Column(name = "mentor_assigned_at") Instant assignedAt) {
}
