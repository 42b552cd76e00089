package org.partyaffairs.workforce.notification;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The outbox as a metric, {@code workforce_notifications{status, kind}}: what waits, what went out,
 * what failed for good or has no address (the same counts as {@code GET /api/notifications/stats}).
 * Read every {@code workforce.metrics.refresh} like the engine's figures; every node answers the
 * same.
 */
@Component
class OutboxMetrics implements MeterBinder {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxMetrics.class);

  private final OutboxRepository rows;
  private MultiGauge gauge;

  OutboxMetrics(OutboxRepository rows) {
    this.rows = rows;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge = MultiGauge.builder("workforce.notifications").description("通知发件箱中的消息数（按状态、种类）").register(registry);
    refresh();
  }

  @Scheduled(initialDelayString = "${workforce.metrics.refresh:30s}", fixedDelayString = "${workforce.metrics.refresh:30s}")
  void refresh() {
    if (gauge == null) {
      return;
    }
    try {
      Map<OutboxStatus, Long> zeros = new EnumMap<>(OutboxStatus.class);
      for (OutboxStatus status : OutboxStatus.values()) {
        zeros.put(status, 0L);
      }
      List<MultiGauge.Row<?>> counted = new ArrayList<>();
      for (Object[] row : rows.counts()) {
        counted.add(MultiGauge.Row.of(Tags.of("status", row[0].toString(), "kind", row[1].toString()),
            ((Number) row[2]).longValue()));
        zeros.remove((OutboxStatus) row[0]);
      }
      // Every status answers, 0 where there is none, so that an alert on FAILED has a series to watch.
      zeros.forEach((status, zero) -> counted.add(MultiGauge.Row.of(Tags.of("status", status.name(), "kind", "ALL"), zero)));
      gauge.register(counted, true);
    } catch (RuntimeException e) {
      LOG.warn("Notification metrics not refreshed, the last figures stand: {}", e.getMessage());
    }
  }
}
