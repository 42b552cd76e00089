package org.partyaffairs.workforce.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partyaffairs.workforce.security.CurrentActor;
import org.partyaffairs.workforce.shared.InvalidRequestException;
import org.partyaffairs.workforce.web.Refusal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Bulk scoring over HTTP ({@link BulkScoring}): {@code GET /api/assessment/score-sheets.xlsx?campaign=…}
 * downloads the caller's open score sheets, {@code POST /api/assessment/score-sheets} uploads the filled
 * file ({@code multipart/form-data}, part {@code file}, or the XLSX itself as the body) and answers a
 * Chinese summary. A POST a browser sends from another site (its {@code Origin} is not this host) is
 * refused: a form on any page could otherwise upload with the Basic credentials the browser keeps.
 */
@Tag(name = "年度考核")
@RestController
@RequestMapping("/api/assessment")
class BulkScoringController {

  private final BulkScoring bulkScoring;
  private final CurrentActor currentActor;

  BulkScoringController(BulkScoring bulkScoring, CurrentActor currentActor) {
    this.bulkScoring = bulkScoring;
    this.currentActor = currentActor;
  }

  @Operation(summary = "下载本区镇的批量评分表（Excel）")
  @GetMapping("/score-sheets.xlsx")
  ResponseEntity<byte[]> download(@RequestParam(name = "campaign", required = false) Long campaign) {
    BulkScoring.Sheet sheet = bulkScoring.download(campaign, currentActor.get());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ScoreSheetWorkbook.MEDIA_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("评分表-" + sheet.fileName(), StandardCharsets.UTF_8).build().toString())
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header("X-Score-Sheets", Integer.toString(sheet.rows()))
        .body(sheet.file());
  }

  @Operation(summary = "上传填好的批量评分表（表单上传，全部校验通过才记分）")
  @PostMapping(path = "/score-sheets", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  BulkScoring.Scored uploadForm(@RequestParam(name = "campaign", required = false) Long campaign,
      @RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request)
      throws IOException {
    sameSite(request);
    if (file == null || file.isEmpty()) {
      throw new InvalidRequestException("请在表单字段 file 中上传填好的评分表（.xlsx 文件）");
    }
    return bulkScoring.upload(campaign, file.getBytes(), currentActor.get());
  }

  @Operation(summary = "上传填好的批量评分表（请求体为 Excel，全部校验通过才记分）")
  @PostMapping(path = "/score-sheets", consumes = {ScoreSheetWorkbook.MEDIA_TYPE,
      MediaType.APPLICATION_OCTET_STREAM_VALUE})
  BulkScoring.Scored uploadBody(@RequestParam(name = "campaign", required = false) Long campaign,
      @org.springframework.web.bind.annotation.RequestBody byte[] file, HttpServletRequest request) {
    sameSite(request);
    return bulkScoring.upload(campaign, file, currentActor.get());
  }

  /** A browser names the page a POST comes from; one from another site is not the town's own upload. */
  private static void sameSite(HttpServletRequest request) {
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin == null || origin.isBlank()) {
      return; // not a browser's cross-site request (curl, scripts, the same page in older browsers)
    }
    try {
      URI from = URI.create(origin.strip());
      String host = request.getHeader(HttpHeaders.HOST);
      if (from.getAuthority() != null && from.getAuthority().equalsIgnoreCase(host)) {
        return;
      }
    } catch (IllegalArgumentException malformed) {
      // refused below
    }
    throw new BulkScoringRefusal(HttpStatus.FORBIDDEN, "不接受来自其他网站的上传请求", List.of());
  }

  @ExceptionHandler(BulkScoringRefusal.class)
  ResponseEntity<Map<String, Object>> refused(BulkScoringRefusal refusal) {
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
