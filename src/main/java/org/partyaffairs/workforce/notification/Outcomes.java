package org.partyaffairs.workforce.notification;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.partyaffairs.workforce.assessment.AssessmentGraded;
import org.partyaffairs.workforce.notice.ObjectionAnswered;
import org.partyaffairs.workforce.post.PostApplicationDecided;
import org.partyaffairs.workforce.resignation.ResignationDecided;
import org.partyaffairs.workforce.worker.Worker;
import org.partyaffairs.workforce.worker.WorkerRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * People hear the outcome of what they started or submitted: the capabilities publish where the
 * outcome is decided, and this writes the message into the outbox in that same transaction (it
 * commits or rolls back with the decision). The message says what was decided, never why (a
 * refusal's reasons are form contents): the person reads them in the application.
 */
@Component
class Outcomes {

  private final Outbox outbox;
  private final Messages messages;
  private final WorkerRepository workers;

  Outcomes(Outbox outbox, Messages messages, WorkerRepository workers) {
    this.outbox = outbox;
    this.messages = messages;
    this.workers = workers;
  }

  /** The worker, and whoever filed for them. */
  @EventListener
  void resignationDecided(ResignationDecided decided) {
    Optional<Worker> worker = workers.findById(decided.workerId());
    Set<String> told = new LinkedHashSet<>();
    if (decided.applicant() != null) {
      told.add(decided.applicant());
    }
    worker.map(Worker::getUserId).ifPresent(told::add);
    String name = worker.map(Worker::getName).orElse(null);
    outbox.write(MessageKind.OUTCOME, "OUTCOME:RESIGNATION:" + decided.processInstanceId(), told,
        messages.outcome("辞职申请", "您提交的辞职申请已由区镇党（工）委研究决定", decided.agreed() ? "同意辞职" : "不同意辞职", name),
        null);
  }

  /** The town committee's member who submitted the round. */
  @EventListener
  void postApplicationDecided(PostApplicationDecided decided) {
    if (decided.applicant() == null) {
      return;
    }
    outbox.write(MessageKind.OUTCOME, "OUTCOME:POST:" + decided.processInstanceId() + ":" + decided.round(),
        Set.of(decided.applicant()), messages.outcome("岗位设置申请 " + decided.businessKey(),
            "您提交的岗位设置申请（第 " + decided.round() + " 轮）已由市委\"两新\"工委审核",
            decided.decision().label(), null), null);
  }

  /** The worker assessed. */
  @EventListener
  void assessmentGraded(AssessmentGraded graded) {
    workers.findById(graded.workerId()).filter(worker -> worker.getUserId() != null).ifPresent(worker ->
        outbox.write(MessageKind.OUTCOME, "OUTCOME:GRADE:" + graded.processInstanceId(), Set.of(worker.getUserId()),
            messages.outcome(graded.year() + " 年度考核", "您的 " + graded.year() + " 年度考核已完成评分",
                "评定等次为「" + graded.gradeLabel() + "」（以公示和最终确定结果为准）", worker.getName()), null));
  }

  /** Whoever raised the objection. */
  @EventListener
  void objectionAnswered(ObjectionAnswered answered) {
    if (answered.objector() == null) {
      return;
    }
    outbox.write(MessageKind.OUTCOME, "OUTCOME:OBJECTION:" + answered.objectionId(), Set.of(answered.objector()),
        messages.outcome("公示异议答复", "您对「" + answered.noticeTitle() + "」提出的异议已办理完毕",
            answered.corrected() ? "经调查核实，公示内容已予纠正" : "经调查核实，已作解释说明", null), null);
  }
}
