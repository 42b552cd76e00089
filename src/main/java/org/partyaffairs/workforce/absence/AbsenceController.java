package org.partyaffairs.workforce.absence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import static org.partyaffairs.workforce.absence.AbsenceProcessVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.VariableMap;
import org.partyaffairs.workforce.rules.DecisionService;
import org.partyaffairs.workforce.worker.VisibleWorkers;
import org.partyaffairs.workforce.worker.Worker;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A worker's absent working days: {@code POST} records a day or a range (the town organisation
 * dept) by starting the same AbsenceRecordProcess as the Tasklist form, so that every record is an
 * instance in Cockpit with its decisions; {@code GET} lists a year's with the counts the regulation uses.
 */
@Tag(name = "缺勤", description = "旷工记录及其后果（000 第十三、十四条）")
@RestController
@RequestMapping("/api/workers/{workerId}/absences")
class AbsenceController {

  record AbsenceRequest(LocalDate from, LocalDate to, String note) {
  }

  record RecordView(String processInstanceId, String businessKey, List<String> recordedDays, Object longestRun,
      Object total, Object warningProcessInstanceId, Object dismissalProcessInstanceId) {
  }

  record YearView(Long workerId, int year, List<LocalDate> days, Object longestRun, Object total) {
  }

  private final RuntimeService runtime;
  private final AbsenceRepository absences;
  private final VisibleWorkers workers;
  private final DecisionService decisions;

  AbsenceController(RuntimeService runtime, AbsenceRepository absences, VisibleWorkers workers,
      DecisionService decisions) {
    this.runtime = runtime;
    this.absences = absences;
    this.workers = workers;
    this.decisions = decisions;
  }

  @Operation(summary = "记录一名工作者的旷工日")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  RecordView record(@PathVariable long workerId, @RequestBody AbsenceRequest request) {
    Map<String, Object> form = new HashMap<>();
    form.put(WORKER_ID, workers.get(workerId).getId());
    form.put(FIRST_DAY, request.from() == null ? null : request.from().toString());
    form.put(LAST_DAY, request.to() == null ? null : request.to().toString());
    form.put(NOTE, request.note());
    ProcessInstanceWithVariables done = runtime.createProcessInstanceByKey(PROCESS_KEY).setVariables(form)
        .executeWithVariablesInReturn();
    VariableMap result = done.getVariables();
    return new RecordView(done.getId(), done.getBusinessKey(), List.of(result.get(RECORDED_DAYS).toString().split(",")),
        result.get(LONGEST_RUN), result.get(TOTAL), result.get(WARNING_STARTED), result.get(DISMISSAL_STARTED));
  }

  @Operation(summary = "一名工作者某年的旷工日")
  @GetMapping
  YearView year(@PathVariable long workerId, @RequestParam int year) {
    Worker worker = workers.get(workerId);
    List<LocalDate> days = absences.daysIn(worker.getId(), year);
    Map<String, Object> counts = decisions.decide("warning-trigger",
        Map.of("absences", days.stream().map(LocalDate::toString).toList())).answer();
    return new YearView(worker.getId(), year, days, counts.get("longestRun"), counts.get("total"));
  }
}
