package org.partyaffairs.workforce.notice;

import static org.partyaffairs.workforce.notice.NoticeProcessVariables.*;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.springframework.stereotype.Component;

/** Task_OpenNotice: publishes the caller's entries for the period (P7D unless the caller says otherwise). */
@Component("openNotice")
class OpenNoticeDelegate implements JavaDelegate {

  private final NoticeService notices;
  private final ObjectMapper json;

  OpenNoticeDelegate(NoticeService notices, ObjectMapper json) {
    this.notices = notices;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<NoticeService.Entry> entries = json.convertValue(execution.getVariable(ENTRIES),
        new TypeReference<List<NoticeService.Entry>>() { });
    Notice notice = notices.open(FormValues.requiredText("公示标题", execution.getVariable(TITLE), 200),
        FormValues.requiredText("公示负责部门", execution.getVariable(OWNER_GROUP), 64), execution.getTenantId(),
        entries == null ? List.of() : entries, period(execution.getVariable(PERIOD)), execution.getProcessInstanceId());
    execution.setProcessBusinessKey("NOTICE-" + notice.getId());
    execution.setVariables(Map.of(NOTICE_ID, notice.getId(), CLOSES_AT, Date.from(notice.getClosesAt()),
        OPEN_OBJECTIONS, 0L));
  }

  private static Duration period(Object value) {
    String text = value == null ? DEFAULT_PERIOD : value.toString();
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException("公示期应为 ISO-8601 时长（如 P7D），收到「" + text + "」");
    }
  }
}
