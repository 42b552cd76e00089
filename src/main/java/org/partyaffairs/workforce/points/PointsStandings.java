package org.partyaffairs.workforce.points;

import java.util.ArrayList;
import java.util.List;
import org.partyaffairs.workforce.notice.NoticeEntryOwner;
import org.partyaffairs.workforce.notice.NoticeService;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.shared.Quarter;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A town's standings of a quarter on public notice (定期公布: 对每名党员得分及加减分项目考核情况每季度至少进行一次公布，
 * 充分接受监督，发现问题及时纠正). One entry per worker in service, {@code <workerId>-<year>}; an upheld
 * objection corrects through the ledger ({@link PointsService#correct}), never the notice alone: the
 * corrected value is a ledger line ({@link PointsLine}) and the investigation's reason.
 */
@Component
@Transactional
class PointsStandings implements NoticeEntryOwner {

  static final String RECORD_TYPE = "points-ledger";
  private static final int PAGE = 500;

  private final PointsService points;
  private final WorkerRepository workers;
  private final OrganisationUnitRepository units;

  PointsStandings(PointsService points, WorkerRepository workers, OrganisationUnitRepository units) {
    this.points = points;
    this.workers = workers;
    this.units = units;
  }

  @Override
  public String recordType() {
    return RECORD_TYPE;
  }

  @Override
  public void check(String recordId, String correctedValue) {
    id(recordId);
    points.checkCorrection(correctedValue);
  }

  @Override
  public String correct(String recordId, String correctedValue, String reason, Actor actor, String processInstanceId) {
    long[] id = id(recordId);
    points.correct(actor, id[0], (int) id[1], correctedValue, reason);
    return points.standing(id[0], (int) id[1]).describe();
  }

  /** Every worker in service of the town with the year's standing up to now and the lines that make it. */
  @Transactional(readOnly = true)
  List<NoticeService.Entry> entries(String town, Quarter quarter) {
    List<NoticeService.Entry> entries = new ArrayList<>();
    Page<Worker> page = workers.findByTownCodeInOrderById(List.of(town), PageRequest.of(0, PAGE));
    while (true) {
      for (Worker worker : page.getContent()) {
        if (worker.inService()) {
          PointsService.Standing standing = points.standing(worker.getId(), quarter.year());
          String counted = points.lines(worker.getId(), quarter.year()).stream().filter(PointsEntry::counts)
              .map(line -> "第" + line.getId() + "条 " + line.describe()).reduce((a, b) -> a + "；" + b).orElse("无加减分");
          entries.add(new NoticeService.Entry(RECORD_TYPE, worker.getId() + "-" + quarter.year(), worker.getName(),
              standing.describe() + "：" + counted));
        }
      }
      if (!page.hasNext()) {
        return entries;
      }
      page = workers.findByTownCodeInOrderById(List.of(town), page.nextPageable());
    }
  }

  @Transactional(readOnly = true)
  String title(String town, Quarter quarter) {
    return units.getReferenceById(town).getName() + quarter.label() + "专职党务工作者积分情况公布";
  }

  private static long[] id(String recordId) {
    String[] parts = recordId == null ? new String[0] : recordId.split("-");
    try {
      if (parts.length == 2) {
        return new long[] {Long.parseLong(parts[0]), Integer.parseInt(parts[1])};
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new InvalidRequestException("积分公布条目「" + recordId + "」无法识别");
  }
}
