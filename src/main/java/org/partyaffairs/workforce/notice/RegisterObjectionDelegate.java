package org.partyaffairs.workforce.notice;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.web.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterObjection of NoticeObjectionProcess, synchronous after the start form 提出异议: a
 * refused objection fails the start itself. The same person sending the same grounds against the
 * same entry twice (a double click) raises one objection.
 */
@Component("registerObjection")
class RegisterObjectionDelegate implements JavaDelegate {

  static final String ENTRY_ID = "entryId";
  static final String GROUNDS = "grounds";

  private final NoticeService notices;
  private final CurrentActor actor;

  RegisterObjectionDelegate(NoticeService notices, CurrentActor actor) {
    this.notices = notices;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long noticeId = FormValues.optionalId("公示编号", execution.getVariable(NoticeProcessVariables.NOTICE_ID));
    Long entryId = FormValues.optionalId("条目编号", execution.getVariable(ENTRY_ID));
    if (noticeId == null || entryId == null) {
      throw new InvalidRequestException("请填写公示编号和条目编号");
    }
    String grounds = FormValues.requiredText("异议理由", execution.getVariable(GROUNDS), 2000);
    NoticeService.Raised raised = notices.object(noticeId, entryId, grounds, "form:" + entryId + ":" + digest(grounds),
        actor.get());
    execution.setProcessBusinessKey("OBJ-" + raised.objection().getId());
  }

  private static String digest(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 32);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
