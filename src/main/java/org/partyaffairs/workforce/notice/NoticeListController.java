package org.partyaffairs.workforce.notice;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.partyaffairs.workforce.WorkforceProperties;
import org.partyaffairs.workforce.document.Download;
import org.partyaffairs.workforce.organisation.OrganisationUnit;
import org.partyaffairs.workforce.organisation.OrganisationUnitRepository;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A notice's list as published (公示名单), as PDF and XLSX, for the town to file. Visible as the
 * notice itself: the notice's town and the city ({@link NoticeService#get}); another town's or an
 * unknown notice is 404 in Chinese.
 */
@Tag(name = "公示", description = "考核结果等公示及异议（7 天公示期）")
@RestController
@RequestMapping("/api/notices/{id}")
@Transactional(readOnly = true)
class NoticeListController {

  private final NoticeService notices;
  private final CurrentActor currentActor;
  private final OrganisationUnitRepository units;
  private final WorkforceProperties properties;
  private final Clock clock;

  NoticeListController(NoticeService notices, CurrentActor currentActor, OrganisationUnitRepository units,
      WorkforceProperties properties, Clock clock) {
    this.notices = notices;
    this.currentActor = currentActor;
    this.units = units;
    this.properties = properties;
    this.clock = clock;
  }

  @Operation(summary = "公示名单 PDF（发布时的条目及异议处理结果）")
  @GetMapping("/list.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id) {
    NoticeList list = list(id);
    return Download.pdf(list.pdf(clock.instant()), list.fileName());
  }

  @Operation(summary = "公示名单 Excel")
  @GetMapping("/list.xlsx")
  ResponseEntity<byte[]> xlsx(@PathVariable long id) {
    NoticeList list = list(id);
    return Download.xlsx(list.xlsx(), list.fileName());
  }

  private NoticeList list(long id) {
    Notice notice = notices.get(id, currentActor.get());
    String town = units.findById(notice.getTownCode()).map(OrganisationUnit::getName).orElse(notice.getTownCode());
    return new NoticeList(notice, town, properties.zone());
  }
}
