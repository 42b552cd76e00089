package org.partyaffairs.workforce.notice;

import static org.partyaffairs.workforce.notice.ObjectionProcessVariables.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.springframework.stereotype.Component;

/**
 * The service tasks of {@code NoticeObjectionProcess} ({@code ${objectionTasks}}), one method per
 * task, told apart by the activity ids of {@link ObjectionProcessVariables}.
 */
@Component("objectionTasks")
class ObjectionTasks implements JavaDelegate {

  private final NoticeService notices;
  private final CurrentActor actor;

  ObjectionTasks(NoticeService notices, CurrentActor actor) {
    this.notices = notices;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    switch (execution.getCurrentActivityId()) {
      case TASK_LIST_OBJECTABLE_ENTRIES -> listObjectableEntries(execution);
      default -> throw new IllegalStateException("No objection step " + execution.getCurrentActivityId());
    }
  }

  /**
   * Task_ListObjectableEntries of NoticeObjectionProcess, synchronous after the start: offers the
   * entries of the town's notices still in their period. (Tasklist gives a start form no variables,
   * so the choice is made in the task that follows.) With nothing open the start itself is refused.
   */
  private void listObjectableEntries(DelegateExecution execution) {
    List<Notice> open = notices.objectable(execution.getTenantId(), actor.get());
    if (open.isEmpty()) {
      throw new InvalidRequestException("目前没有处于公示期内的公示，无需提出异议");
    }
    List<Map<String, String>> options = open.stream()
        .flatMap(notice -> notice.getEntries().stream())
        .map(ObjectableEntry::option)
        .collect(Collectors.toCollection(ArrayList::new));
    execution.setVariable(OBJECTABLE_ENTRIES, Variables.objectValue(options)
        .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    execution.setVariable(OBJECTABLE_NOTICES, open.size() == 1 ? open.get(0).getTitle()
        : open.get(0).getTitle() + " 等 " + open.size() + " 份公示");
    execution.setVariable(OBJECTABLE_UNTIL,
        Date.from(open.stream().map(Notice::getClosesAt).max(Comparator.naturalOrder()).orElseThrow()));
  }
}
