package org.partyaffairs.workforce.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import org.partyaffairs.workforce.WorkforceProperties;
import org.springframework.stereotype.Component;

/**
 * The texts people read, in Chinese: the task's name (which names the worker and town, see the
 * models), the worker where the process has one, the deadline and the link to the task in Tasklist.
 * Never anything a form holds beyond that: a message may be read on a phone's lock screen or in a
 * group chat.
 */
@Component
class Messages {

  static final int DIGEST_LINES = 10;

  private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

  private final String baseUrl;
  private final ZoneId zone;

  Messages(NotificationProperties properties, WorkforceProperties workforce) {
    this.baseUrl = properties.baseUrl().replaceAll("/+$", "");
    this.zone = workforce.zone();
  }

  /** The task in Tasklist. */
  String link(String taskId) {
    return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
  }

  String deadline(Date due) {
    return due == null ? "未设定" : DEADLINE.format(due.toInstant().atZone(zone));
  }

  Message newTask(OpenTask task) {
    return new Message("【待办】" + task.name(), lines("您有一项新的待办事项：" + task.name(), task)
        + "请在办理期限前登录系统办理。");
  }

  Message reminder(OpenTask task, int workingDays) {
    return new Message("【即将到期】" + task.name(), lines("以下待办事项将在 " + workingDays + " 个工作日内到期：" + task.name(), task)
        + "请尽快办理。");
  }

  Message escalation(OpenTask task, String group) {
    return new Message("【已超期】" + task.name(), lines("以下事项已超过办理期限，仍未办理，现提请督办：" + task.name(), task)
        + "原办理人：" + GroupNames.of(group) + "。");
  }

  /**
   * The digest lists at most {@link #DIGEST_LINES} tasks a section: on a campaign day a town's
   * organisation department has thousands waiting, and a message is read on a phone; the counts are
   * always whole, and Tasklist has the rest.
   */
  Message digest(List<OpenTask> waiting, List<OpenTask> dueSoon) {
    StringBuilder text = new StringBuilder("您今天有 " + waiting.size() + " 项待办事项，其中 " + dueSoon.size() + " 项即将到期。\n");
    if (!dueSoon.isEmpty()) {
      text.append("\n即将到期：\n");
      list(text, dueSoon);
    }
    text.append("\n全部待办：\n");
    list(text, waiting);
    return new Message("【每日待办】共 " + waiting.size() + " 项，" + dueSoon.size() + " 项即将到期", text.toString());
  }

  private void list(StringBuilder text, List<OpenTask> tasks) {
    tasks.stream().limit(DIGEST_LINES).forEach(task -> text.append(item(task)));
    if (tasks.size() > DIGEST_LINES) {
      text.append("……另有 ").append(tasks.size() - DIGEST_LINES).append(" 项，请登录系统查看：").append(baseUrl)
          .append("/camunda/app/tasklist/default/\n");
    }
  }

  Message outcome(String title, String what, String outcome, String workerName) {
    return new Message("【办理结果】" + title, what + (workerName == null ? "" : "（工作者：" + workerName + "）") + "\n办理结果："
        + outcome + "\n详情请登录系统查看：" + baseUrl + "/camunda/app/tasklist/default/");
  }

  private String item(OpenTask task) {
    return "· " + task.name() + "，办理期限 " + deadline(task.due()) + "\n  " + link(task.id()) + "\n";
  }

  private String lines(String first, OpenTask task) {
    return first + "\n"
        + (task.workerName() == null ? "" : "工作者：" + task.workerName() + "\n")
        + "办理期限：" + deadline(task.due()) + "\n"
        + "办理地址：" + link(task.id()) + "\n";
  }
}
