package org.partyaffairs.workforce.absence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A working day on which a worker was absent without leave (旷工, 000 第十三条 3 and 第十四条 1). */
@Entity
@Immutable
public class Absence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long workerId;

  private LocalDate absentOn;

  private String note;

  private String recordedBy;

  private Instant recordedAt;

  protected Absence() {
  }

  public Absence(Long workerId, LocalDate absentOn, String note, String recordedBy, Instant recordedAt) {
    this.workerId = workerId;
    this.absentOn = absentOn;
    this.note = note;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public LocalDate getAbsentOn() {
    return absentOn;
  }
}
