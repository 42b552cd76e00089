package org.partyaffairs.workforce.notice;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One published line: which record it shows, what it said when published and what it says now. */
@Entity
public class NoticeEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "notice_id")
  private Notice notice;

  private String recordType;

  private String recordId;

  private String summary;

  private String publishedValue;

  private String currentValue;

  protected NoticeEntry() {
  }

  NoticeEntry(Notice notice, String recordType, String recordId, String summary, String value) {
    this.notice = notice;
    this.recordType = recordType;
    this.recordId = recordId;
    this.summary = summary;
    this.publishedValue = value;
    this.currentValue = value;
  }

  void correct(String value) {
    currentValue = value;
  }

  public Long getId() {
    return id;
  }

  Notice getNotice() {
    return notice;
  }

  public String getRecordType() {
    return recordType;
  }

  public String getRecordId() {
    return recordId;
  }

  public String getSummary() {
    return summary;
  }

  public String getPublishedValue() {
    return publishedValue;
  }

  public String getCurrentValue() {
    return currentValue;
  }
}
