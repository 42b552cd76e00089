package org.partyaffairs.workforce.training;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyaffairs.workforce.document.Download;
import org.partyaffairs.workforce.document.SheetWorkbook;
import org.partyaffairs.workforce.security.Actor;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.security.Groups;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.web.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Trainings over HTTP (000 第十一条): the city office registers a training and records its list of
 * attendance and results — as JSON, or as the spreadsheet it downloads prefilled with the workers of
 * a town or of all towns — judged whole, nothing recorded on one wrong line. The towns' groups and
 * the city read the trainings and the lines of the workers of their towns; everyone else is refused
 * (403). A worker's own trainings are read under the worker record's visibility
 * ({@link WorkerTrainingController}).
 */
@Tag(name = "培训", description = "任前培训、日常培训及测试成绩（000 第十一条、002 专业能力培训）")
@RestController
@RequestMapping("/api/trainings")
class TrainingController {

  static final String READERS_ONLY = "只有区镇组织部门、区镇党（工）委和市委“两新”工委可以查看培训";

  record TrainingView(Long id, String kind, String kindLabel, String title, LocalDate startsOn, LocalDate endsOn,
      String organiser, BigDecimal passMark, boolean hasTest, String registeredBy, Instant registeredAt) {

    static TrainingView of(Training training) {
      return new TrainingView(training.getId(), training.getKind().name(), training.getKind().label(),
          training.getTitle(), training.getStartsOn(), training.getEndsOn(), training.getOrganiser(),
          training.getPassMark(), training.hasTest(), training.getRegisteredBy(), training.getRegisteredAt());
    }
  }

  record ResultView(Long workerId, String workerName, String townCode, boolean attended, BigDecimal score,
      boolean passed, String outcome, String recordedBy, Instant recordedAt) {
  }

  /** A training with the lines the reader may see (their towns'). */
  record TrainingList(TrainingView training, List<ResultView> results) {
  }

  private final TrainingService trainings;
  private final CurrentActor currentActor;

  TrainingController(TrainingService trainings, CurrentActor currentActor) {
    this.trainings = trainings;
    this.currentActor = currentActor;
  }

  @Operation(summary = "登记一次培训（任前培训或日常培训，可设测试合格分；仅市委“两新”工委办公室）")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<TrainingView> register(@RequestBody TrainingService.NewTraining request, HttpServletRequest http) {
    sameSite(http);
    Training training = trainings.register(currentActor.get(), request);
    return ResponseEntity.created(URI.create("/api/trainings/" + training.getId())).body(TrainingView.of(training));
  }

  @Operation(summary = "培训列表（最近的在前）")
  @GetMapping
  List<TrainingView> all() {
    reader();
    return trainings.all().stream().map(TrainingView::of).toList();
  }

  @Operation(summary = "一次培训及本人可见区镇工作者的参加情况和成绩")
  @GetMapping("/{id}")
  TrainingList one(@PathVariable long id) {
    Actor actor = reader();
    Training training = trainings.get(id);
    return new TrainingList(TrainingView.of(training), trainings.resultsOf(id, actor).stream()
        .map(r -> new ResultView(r.getWorkerId(), r.getWorker().getName(), r.getTownCode(), r.isAttended(),
            r.getScore(), r.isPassed(), TrainingRecords.outcome(training, r), r.getRecordedBy(), r.getRecordedAt()))
        .toList());
  }

  @Operation(summary = "以 JSON 登记培训名单（参加情况和成绩；整张名单校验通过才登记）")
  @PostMapping(path = "/{id}/results", consumes = MediaType.APPLICATION_JSON_VALUE)
  TrainingService.Recorded recordJson(@PathVariable long id, @RequestBody JsonNode body, HttpServletRequest http) {
    sameSite(http);
    return trainings.record(currentActor.get(), id, ResultList.fromJson(body));
  }

  @Operation(summary = "上传填好的培训名单 Excel（表单上传；整张名单校验通过才登记）")
  @PostMapping(path = "/{id}/results", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  TrainingService.Recorded recordForm(@PathVariable long id,
      @RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest http) throws IOException {
    sameSite(http);
    Actor actor = currentActor.get();
    if (file == null || file.isEmpty()) {
      throw new InvalidRequestException("请在表单字段 file 中上传填好的培训名单（.xlsx 文件）");
    }
    return recordSheet(actor, id, file.getBytes());
  }

  @Operation(summary = "上传填好的培训名单 Excel（请求体为 Excel；整张名单校验通过才登记）")
  @PostMapping(path = "/{id}/results", consumes = {SheetWorkbook.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
  TrainingService.Recorded recordBody(@PathVariable long id, @RequestBody byte[] file, HttpServletRequest http) {
    sameSite(http);
    return recordSheet(currentActor.get(), id, file);
  }

  @Operation(summary = "下载培训名单模板 Excel（预填一个区镇或全部区镇的工作者；仅市委“两新”工委办公室）")
  @GetMapping("/{id}/results.xlsx")
  ResponseEntity<byte[]> template(@PathVariable long id, @RequestParam(name = "town", required = false) String town) {
    Actor actor = currentActor.get();
    var workers = trainings.templateWorkers(actor, id, town);
    Training training = trainings.get(id);
    return Download.xlsx(ResultSheet.template(training, workers, trainings.townNames()),
        "培训名单-" + training.getId() + (town == null || town.isBlank() ? "-全部区镇" : "-" + town.strip()));
  }

  /** The city office is asked before the file is even opened: a town learns nothing from its upload. */
  private TrainingService.Recorded recordSheet(Actor actor, long id, byte[] file) {
    if (!actor.isMemberOf(Groups.CITY_OFFICE)) {
      throw TrainingRefusal.forbidden(TrainingService.CITY_OFFICE_ONLY);
    }
    return trainings.record(actor, id, ResultSheet.read(file));
  }

  private Actor reader() {
    Actor actor = currentActor.get();
    if (actor.groups().stream().noneMatch(group -> Groups.isTownGroup(group) || Groups.isCityGroup(group))) {
      throw TrainingRefusal.forbidden(READERS_ONLY);
    }
    return actor;
  }

  /** A browser names the page a POST comes from; one from another site is not the city office's own. */
  private static void sameSite(HttpServletRequest request) {
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin == null || origin.isBlank()) {
      return;
    }
    try {
      URI from = URI.create(origin.strip());
      if (from.getAuthority() != null && from.getAuthority().equalsIgnoreCase(request.getHeader(HttpHeaders.HOST))) {
        return;
      }
    } catch (IllegalArgumentException malformed) {
      // refused below
    }
    throw TrainingRefusal.forbidden("不接受来自其他网站的请求");
  }

  @ExceptionHandler(TrainingRefusal.class)
  ResponseEntity<Map<String, Object>> refused(TrainingRefusal refusal) {
    Refusal.log(refusal.status().value(), refusal.getMessage());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("message", refusal.getMessage());
    if (!refusal.problems().isEmpty()) {
      body.put("problems", refusal.problems().stream().map(problem -> {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("row", problem.row());
        one.put("column", problem.column());
        one.put("message", problem.message());
        return one;
      }).toList());
    }
    return ResponseEntity.status(refusal.status()).body(body);
  }
}
