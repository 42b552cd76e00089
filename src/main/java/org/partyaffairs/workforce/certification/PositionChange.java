package org.partyaffairs.workforce.certification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A certified worker's change of post, reported to the city (002: 建立职务变动报告制度，持证的“两新”组织党务工作者
 * 岗位调整的，及时向上级党组织和县（市、区）委组织部备案).
 */
@Entity
@Table(name = "certificate_position_change")
public class PositionChange {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long certificateId;

  private Long workerId;

  private Long fromPostId;

  private Long toPostId;

  private Instant reportedAt;

  private String processInstanceId;

  protected PositionChange() {
  }

  PositionChange(Long certificateId, Long workerId, Long fromPostId, Long toPostId, Instant reportedAt,
      String processInstanceId) {
    this.certificateId = certificateId;
    this.workerId = workerId;
    this.fromPostId = fromPostId;
    this.toPostId = toPostId;
    this.reportedAt = reportedAt;
    this.processInstanceId = processInstanceId;
  }

  public Long getCertificateId() {
    return certificateId;
  }

  public Long getWorkerId() {
    return workerId;
  }

  public Long getFromPostId() {
    return fromPostId;
  }

  public Long getToPostId() {
    return toPostId;
  }

  public Instant getReportedAt() {
    return reportedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
