package org.partyaffairs.workforce.notice;

import static org.partyaffairs.workforce.notice.ObjectionProcessVariables.*;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.process.TaskCompletion;
import org.partyaffairs.workforce.security.CurrentActor;
import org.springframework.stereotype.Component;

/**
 * What the people of {@code NoticeObjectionProcess} submit ({@code ${objectionForms}}, the end
 * listener of each user task), one method per task, told apart by the activity ids of {@link
 * ObjectionProcessVariables}. The gateways read only what is set here from the validated values,
 * never what a form sent.
 */
@Component("objectionForms")
class ObjectionForms extends TaskCompletion {

  private final NoticeService notices;
  private final CurrentActor actor;

  ObjectionForms(NoticeService notices, CurrentActor actor) {
    this.notices = notices;
    this.actor = actor;
  }

  @Override
  protected void completed(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_SUBMIT_OBJECTION -> submitObjection(execution);
      default -> throw new IllegalStateException("No objection form " + execution.getCurrentActivityId());
    }
  }

  /**
   * Completion of Task_SubmitObjection: the objection is raised in the completing transaction, so a
   * notice that closed meanwhile, an entry of another town or empty grounds refuse the completion
   * (409 / 404 / 400) and nothing is recorded. The same person sending the same grounds against the
   * same entry twice (a double click) raises one objection.
   */
  private void submitObjection(DelegateExecution execution) {
    ObjectableEntry chosen = ObjectableEntry.parse(execution.getVariable(ENTRY));
    String grounds = FormValues.requiredText("异议理由", execution.getVariable(GROUNDS), 2000);
    NoticeService.Raised raised = notices.object(chosen.noticeId(), chosen.entryId(), grounds,
        "form:" + chosen.value() + ":" + digest(grounds), actor.get());
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
