package org.partyaffairs.workforce.notification;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Hangs {@link TaskCreatedListener} on the {@code create} event of every user task of every model,
 * as a built-in listener: infrastructure, not model content, so it is invisible in Modeler and no
 * model has to remember it (unlike the due date, which a modeller reads and sets per task).
 */
@Component
class NotificationPlugin extends AbstractProcessEnginePlugin {

  private final TaskListener listener;

  /** Lazy: the listener's beans (JPA, the outbox) may come after the engine's configuration. */
  NotificationPlugin(@Lazy NotificationSwitch notifications, @Lazy Directory directory, @Lazy Outbox outbox,
      @Lazy Messages messages) {
    this.listener = new TaskCreatedListener(notifications, directory, outbox, messages);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
        }
      }
    });
  }
}
