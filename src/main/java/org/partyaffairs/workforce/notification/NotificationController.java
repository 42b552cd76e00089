package org.partyaffairs.workforce.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outbox's counts for administrators and the city office, and each person's own notification
 * profile (administrators: anybody's). Anybody else is refused with 403 in Chinese, whether the
 * user named exists or not.
 */
@Tag(name = "通知", description = "待办通知、提醒、督办与每日汇总的发送情况和接收方式")
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

  record Stats(boolean on, List<Channel> channels, Map<OutboxStatus, Long> counts,
      Map<MessageKind, Map<OutboxStatus, Long>> byKind) {
  }

  record ProfileRequest(String channel, String webhookUrl) {
  }

  private final OutboxRepository rows;
  private final NotificationSwitch notifications;
  private final Profiles profiles;
  private final CurrentActor currentActor;

  NotificationController(OutboxRepository rows, NotificationSwitch notifications, Profiles profiles,
      CurrentActor currentActor) {
    this.rows = rows;
    this.notifications = notifications;
    this.profiles = profiles;
    this.currentActor = currentActor;
  }

  /** Pending, sent, failed and address-less messages, in all and by kind. */
  @Operation(summary = "通知发件箱的统计（系统管理员、市委\"两新\"工委办公室）")
  @GetMapping("/stats")
  ResponseEntity<?> stats() {
    Actor actor = currentActor.get();
    if (!actor.isMemberOf(Groups.ADMINS) && !actor.isMemberOf(Groups.CITY_OFFICE)) {
      return refused("只有系统管理员和市委\"两新\"工委办公室可以查看通知发送情况");
    }
    Map<OutboxStatus, Long> counts = new EnumMap<>(OutboxStatus.class);
    Map<MessageKind, Map<OutboxStatus, Long>> byKind = new EnumMap<>(MessageKind.class);
    for (OutboxStatus status : OutboxStatus.values()) {
      counts.put(status, 0L);
    }
    for (Object[] row : rows.counts()) {
      OutboxStatus status = (OutboxStatus) row[0];
      MessageKind kind = (MessageKind) row[1];
      long count = ((Number) row[2]).longValue();
      counts.merge(status, count, Long::sum);
      byKind.computeIfAbsent(kind, k -> new EnumMap<>(OutboxStatus.class)).put(status, count);
    }
    List<Channel> on = List.of(Channel.values()).stream().filter(notifications::isOn).toList();
    return ResponseEntity.ok(new Stats(notifications.isOn(), on, counts, byKind));
  }

  @Operation(summary = "本人的通知接收方式")
  @GetMapping("/profile")
  Profiles.View ownProfile() {
    return profiles.of(currentActor.get().userId());
  }

  @Operation(summary = "设置本人的通知接收方式（邮件或群机器人）")
  @PutMapping("/profile")
  Profiles.View setOwnProfile(@RequestBody ProfileRequest request) {
    Actor actor = currentActor.get();
    return profiles.set(actor.userId(), request.channel(), request.webhookUrl(), actor.userId());
  }

  @Operation(summary = "某人的通知接收方式（系统管理员）")
  @GetMapping("/profiles/{userId}")
  ResponseEntity<?> profile(@PathVariable String userId) {
    if (!currentActor.get().isMemberOf(Groups.ADMINS)) {
      return refused("只有系统管理员可以查看他人的通知方式");
    }
    return ResponseEntity.ok(profiles.of(userId));
  }

  @Operation(summary = "设置某人的通知接收方式（系统管理员）")
  @PutMapping("/profiles/{userId}")
  ResponseEntity<?> setProfile(@PathVariable String userId, @RequestBody ProfileRequest request) {
    Actor actor = currentActor.get();
    if (!actor.isMemberOf(Groups.ADMINS)) {
      return refused("只有系统管理员可以设置他人的通知方式");
    }
    return ResponseEntity.ok(profiles.set(userId, request.channel(), request.webhookUrl(), actor.userId()));
  }

  private static ResponseEntity<Map<String, String>> refused(String message) {
    Refusal.log(HttpStatus.FORBIDDEN.value(), message);
    Map<String, String> body = new LinkedHashMap<>();
    body.put("message", message);
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body);
  }
}
