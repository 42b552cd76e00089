package org.partyaffairs.workforce.notice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hibernate.Hibernate;
import org.partyaffairs.workforce.support.GradedScoreOwner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Test fixture: a town's result notice of one graded score, started as a calling process would. */
@Component
public class PublishedNotices {

  private final RuntimeService runtimeService;
  private final NoticeRepository notices;
  private final TransactionTemplate transaction;

  PublishedNotices(RuntimeService runtimeService, NoticeRepository notices, TransactionTemplate transaction) {
    this.runtimeService = runtimeService;
    this.notices = notices;
    this.transaction = transaction;
  }

  /** Publishes "李明 2026年度考核: 85分 合格" in the town, the entry pointing at {@code recordId}. */
  public ProcessInstance publish(String town, String recordId) {
    return publish(town, "2026年度考核结果公示", recordId);
  }

  /** The same entry under another title (titles tell apart the notices of a benchmark's rounds). */
  public ProcessInstance publish(String town, String title, String recordId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("townCode", town);
    variables.put("noticeTitle", title);
    variables.put("noticeOwnerGroup", "town-org-" + town);
    variables.put("noticeEntries", List.of(Map.of("recordType", GradedScoreOwner.TYPE, "recordId", recordId,
        "summary", "李明 2026年度考核", "value", "85分 合格")));
    return runtimeService.startProcessInstanceByKey("PublicNoticeProcess", variables);
  }

  /** The notice as stored now, with its entries and objections loaded. */
  public Notice of(String processInstanceId) {
    return transaction.execute(status -> {
      Notice notice = notices.findByProcessInstanceId(processInstanceId).orElseThrow();
      Hibernate.initialize(notice.getEntries());
      notice.getObjections().forEach(objection -> Hibernate.initialize(objection.getEntry()));
      return notice;
    });
  }
}
