package org.partyaffairs.workforce.assessment;

import java.util.Map;
import org.partyaffairs.workforce.web.Refusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A multipart upload sent in chunks beyond {@code spring.servlet.multipart.max-request-size}: 413 in
 * Chinese like every other body too large ({@code web.RequestBodyLimit} answers those that announce
 * their length). Spring parses the parts before it knows the controller, so only advice sees it.
 */
@RestControllerAdvice
class UploadTooLarge {

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<Map<String, String>> tooLarge(MaxUploadSizeExceededException e) {
    String message = "上传的文件过大，不能超过 4 MB";
    Refusal.log(HttpStatus.PAYLOAD_TOO_LARGE.value(), message);
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(Map.of("message", message));
  }
}
