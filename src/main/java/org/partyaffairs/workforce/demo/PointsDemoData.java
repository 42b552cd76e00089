package org.partyaffairs.workforce.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.persistence.StartupStep;
import org.partyaffairs.workforce.points.PointsService;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A few lines of this year's points ledger (004 附件2) for 刘洋 ({@code zhangpu-worker}), recorded as
 * 张浦镇组织部门 records them, so that a points campaign or a quarterly publication has something to show:
 * a donation with its material, a city commendation, a missed Party activity witnessed by two
 * colleagues. Written once: a worker with lines this year is left as he is. Demo values.
 */
@Component
@Profile("demo")
@Order(2)
class PointsDemoData implements StartupStep {

  private static final String TOWN = "zhangpu";
  private static final String WORKER = "zhangpu-worker";

  private final PointsService points;
  private final WorkerRepository workers;
  private final WorkforceProperties properties;
  private final Clock clock;

  PointsDemoData(PointsService points, WorkerRepository workers, WorkforceProperties properties, Clock clock) {
    this.points = points;
    this.workers = workers;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void setUp() {
    Worker worker = workers.findByUserId(WORKER).orElse(null);
    LocalDate today = LocalDate.now(clock.withZone(properties.zone()));
    if (worker == null || !points.lines(worker.getId(), today.getYear()).isEmpty()) {
      return;
    }
    Actor department = Actor.user(TOWN + "-org", Set.of(Groups.townOrg(TOWN)), Set.of(TOWN));
    LocalDate first = LocalDate.of(today.getYear(), 1, 1);
    points.record(department, worker.getId(), 8, 1, null, latest(first.plusDays(14), today),
        "张浦镇慈善分会捐款回执（演示数据）", List.of());
    points.record(department, worker.getId(), 13, 1, "city", latest(first.plusDays(50), today),
        "昆山市优秀党务工作者表彰文件（演示数据）", List.of());
    points.record(department, worker.getId(), 16, 1, null, latest(first.plusDays(80), today), null,
        List.of("zhangpu-worker2", "zhangpu-worker3"));
  }

  private static LocalDate latest(LocalDate wanted, LocalDate today) {
    return wanted.isAfter(today) ? today : wanted;
  }
}
