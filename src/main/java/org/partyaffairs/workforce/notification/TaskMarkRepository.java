package org.partyaffairs.workforce.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskMarkRepository extends JpaRepository<TaskMark, TaskMark.Key> {

  boolean existsByTaskIdAndKind(String taskId, String kind);
}
