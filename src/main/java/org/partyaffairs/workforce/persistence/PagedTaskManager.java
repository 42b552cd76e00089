package org.partyaffairs.workforce.persistence;

import java.util.List;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;

/** The engine's task manager, reading a page of tasks in two steps where it can ({@link TaskPageQuery}). */
class PagedTaskManager extends TaskManager {

  @Override
  @SuppressWarnings("unchecked")
  public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
    if (!TaskPageQuery.pagesByTaskColumns(query)) {
      return super.findTasksByQueryCriteria(query);
    }
    configureQuery(query);
    return getDbEntityManager().selectList(TaskPageQuery.STATEMENT, query);
  }
}
