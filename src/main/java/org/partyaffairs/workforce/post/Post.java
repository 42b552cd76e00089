package org.partyaffairs.workforce.post;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.worker.Worker;

/**
 * A worker's post at a regional Party-building station (区域党建工作站) of a town, set up on the
 * town committee's written application (000 第三条). Vacant while it has no worker; a vacancy is
 * what lets a town recruit (000 第五条).
 */
@Entity
public class Post {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String townCode;

  private String station;

  private Long workerId;

  /** When the worker took the post up (hired into it, or moved into it by an exchange, 000 第十二条). */
  private Instant filledAt;

  private Instant createdAt;

  /** The approved application that created the post; null for posts that predate the product. */
  private Long applicationId;

  @Version
  private long version;

  protected Post() {
  }

  public Post(String townCode, String station, Instant createdAt) {
    this(townCode, station, createdAt, null);
  }

  Post(String townCode, String station, Instant createdAt, Long applicationId) {
    this.townCode = townCode;
    this.station = station;
    this.createdAt = createdAt;
    this.applicationId = applicationId;
  }

  public void fill(Worker worker, Instant at) {
    if (workerId != null) {
      throw new InvalidRequestException("岗位「" + station + "」已有在岗人员");
    }
    if (!worker.getTownCode().equals(townCode)) {
      throw new InvalidRequestException("岗位「" + station + "」不属于工作者 " + worker.getName() + " 所在区镇");
    }
    workerId = worker.getId();
    filledAt = at;
  }

  public void vacate() {
    workerId = null;
    filledAt = null;
  }

  public boolean isVacant() {
    return workerId == null;
  }

  public Long getId() {
    return id;
  }

  public String getTownCode() {
    return townCode;
  }

  public String getStation() {
    return station;
  }

  public Long getWorkerId() {
    return workerId;
  }

  /** When the present worker took the post up; null while vacant. */
  public Instant getFilledAt() {
    return filledAt;
  }

  public Long getApplicationId() {
    return applicationId;
  }
}
