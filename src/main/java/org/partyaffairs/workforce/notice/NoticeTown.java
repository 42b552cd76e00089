package org.partyaffairs.workforce.notice;

import java.util.Map;
import java.util.Optional;
import org.partyaffairs.workforce.process.FormValues;
import org.partyaffairs.workforce.security.TownOfSubject;
import org.partyaffairs.workforce.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** A process about a notice (an objection raised in Tasklist) belongs to the notice's town. */
@Component
class NoticeTown implements TownOfSubject {

  private final NoticeRepository notices;

  NoticeTown(NoticeRepository notices) {
    this.notices = notices;
  }

  @Override
  public Optional<String> townOf(Map<String, Object> variables) {
    Long noticeId = FormValues.optionalId("公示编号", variables.get(NoticeProcessVariables.NOTICE_ID));
    if (noticeId == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(notices.findById(noticeId)
        .orElseThrow(() -> new NotFoundException("公示 " + noticeId + " 不存在"))
        .getTownCode());
  }
}
