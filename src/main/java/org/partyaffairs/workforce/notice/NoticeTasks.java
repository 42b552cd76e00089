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
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code PublicNoticeProcess} ({@code ${noticeTasks}}), one method per task,
 * told apart by the activity ids of {@link NoticeProcessVariables}.
 */
@Component("noticeTasks")
class NoticeTasks implements JavaDelegate {

  private final NoticeService notices;
  private final ObjectMapper json;
  private final CurrentActor actor;

  NoticeTasks(NoticeService notices, ObjectMapper json, CurrentActor actor) {
    this.notices = notices;
    this.json = json;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_OPEN_NOTICE -> openNotice(execution);
      case TASK_CLOSE_NOTICE -> closeNotice(execution);
      case TASK_APPLY_CORRECTION -> applyCorrection(execution);
      default -> throw new IllegalStateException("No notice step " + execution.getCurrentActivityId());
    }
  }

  /** Task_OpenNotice: publishes the caller's entries for the period (P7D unless the caller says otherwise). */
  private void openNotice(DelegateExecution execution) {
    List<NoticeService.Entry> entries = json.convertValue(execution.getVariable(ENTRIES),
        new TypeReference<List<NoticeService.Entry>>() { });
    Notice notice = notices.open(FormValues.requiredText("公示标题", execution.getVariable(TITLE), 200),
        FormValues.requiredText("公示负责部门", execution.getVariable(OWNER_GROUP), 64), execution.getTenantId(),
        entries == null ? List.of() : entries, period(execution.getVariable(PERIOD)), execution.getProcessInstanceId());
    execution.setProcessBusinessKey("NOTICE-" + notice.getId());
    execution.setVariables(Map.of(NOTICE_ID, notice.getId(), CLOSES_AT, Date.from(notice.getClosesAt()),
        OPEN_OBJECTIONS, 0L));
  }

  /** Task_CloseNotice: the period is over and nothing is open; the final entries go back to the caller. */
  private void closeNotice(DelegateExecution execution) {
    List<NoticeService.Entry> entries = notices.close(execution.getProcessInstanceId());
    execution.setVariable(FINAL_ENTRIES, json.convertValue(entries, new TypeReference<List<Map<String, Object>>>() { }));
  }

  /** Task_ApplyCorrection (asynchronous, retried, safe to run twice): the record is corrected by its owner. */
  private void applyCorrection(DelegateExecution execution) {
    notices.applyCorrection(FormValues.optionalId("异议编号", execution.getVariable(OBJECTION_ID)),
        execution.getProcessInstanceId(), actor.get());
    execution.getProcessInstance().setVariable(OPEN_OBJECTIONS, notices.openObjections(execution.getProcessInstanceId()));
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
