package org.partyaffairs.workforce.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A task was reminded of, or escalated: once per task ({@code notification_task_mark}). */
@Entity
@Table(name = "notification_task_mark")
@IdClass(TaskMark.Key.class)
class TaskMark {

  static class Key implements Serializable {

    private String taskId;
    private String kind;

    protected Key() {
    }

    Key(String taskId, String kind) {
      this.taskId = taskId;
      this.kind = kind;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.taskId.equals(taskId) && key.kind.equals(kind);
    }

    @Override
    public int hashCode() {
      return Objects.hash(taskId, kind);
    }
  }

  @Id
  private String taskId;

  @Id
  private String kind;

  private Instant createdAt;

  protected TaskMark() {
  }

  TaskMark(String taskId, MessageKind kind, Instant createdAt) {
    this.taskId = taskId;
    this.kind = kind.name();
    this.createdAt = createdAt;
  }
}
