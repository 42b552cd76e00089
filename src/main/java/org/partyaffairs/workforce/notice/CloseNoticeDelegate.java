package org.partyaffairs.workforce.notice;

import static org.partyaffairs.workforce.notice.NoticeProcessVariables.FINAL_ENTRIES;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseNotice: the period is over and nothing is open; the final entries go back to the caller. */
@Component("closeNotice")
class CloseNoticeDelegate implements JavaDelegate {

  private final NoticeService notices;
  private final ObjectMapper json;

  CloseNoticeDelegate(NoticeService notices, ObjectMapper json) {
    this.notices = notices;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<NoticeService.Entry> entries = notices.close(execution.getProcessInstanceId());
    execution.setVariable(FINAL_ENTRIES, json.convertValue(entries, new TypeReference<List<Map<String, Object>>>() { }));
  }
}
