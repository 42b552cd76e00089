package org.partyaffairs.workforce.notification;

import java.time.Clock;
import java.util.Locale;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and sets how a person is told. Who may do so is the controller's question. */
@Service
@Transactional
class Profiles {

  record View(String userId, Channel channel, String channelLabel, String email, String webhookUrl) {
  }

  private final ProfileRepository profiles;
  private final Directory directory;
  private final Webhooks webhooks;
  private final Clock clock;

  Profiles(ProfileRepository profiles, Directory directory, Webhooks webhooks, Clock clock) {
    this.profiles = profiles;
    this.directory = directory;
    this.webhooks = webhooks;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  View of(String userId) {
    requireUser(userId);
    Profile profile = profiles.findById(userId).orElseGet(() -> new Profile(userId));
    return view(profile);
  }

  /** Sets the channel and the robot's URL; a WEBHOOK needs a URL, and every URL is checked. */
  View set(String userId, String channel, String webhookUrl, String by) {
    requireUser(userId);
    Channel chosen = channel(channel);
    String url = webhookUrl == null || webhookUrl.isBlank() ? null : webhooks.check(webhookUrl);
    if (chosen == Channel.WEBHOOK && url == null) {
      webhooks.check(null); // refuses: a robot needs its URL
    }
    Profile profile = profiles.findById(userId).orElseGet(() -> new Profile(userId));
    profile.set(chosen, url, by, clock.instant());
    return view(profiles.save(profile));
  }

  private View view(Profile profile) {
    return new View(profile.getUserId(), profile.getChannel(), profile.getChannel().label(),
        directory.email(profile.getUserId()).orElse(null), profile.getWebhookUrl());
  }

  private void requireUser(String userId) {
    if (userId == null || !directory.exists(userId)) {
      throw new NotFoundException("用户 " + userId + " 不存在");
    }
  }

  private static Channel channel(String channel) {
    if (channel == null || channel.isBlank()) {
      throw new Webhooks.FieldRefused("channel", "请选择通知方式：MAIL（邮件）或 WEBHOOK（群机器人）");
    }
    try {
      return Channel.valueOf(channel.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Webhooks.FieldRefused("channel", "通知方式只能是 MAIL（邮件）或 WEBHOOK（群机器人）");
    }
  }
}
