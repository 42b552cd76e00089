package org.partyaffairs.workforce.certification;

import org.partyaffairs.workforce.notice.NoticeEntryOwner;
import org.partyaffairs.workforce.security.Actor;
import org.springframework.stereotype.Component;

/**
 * The certification results on a public notice (002 结果公示): an upheld objection turns 拟认定为… into
 * 不予认定, and the certificate is then not issued.
 */
@Component
class CertificationNotice implements NoticeEntryOwner {

  private final CertificationService service;

  CertificationNotice(CertificationService service) {
    this.service = service;
  }

  @Override
  public String recordType() {
    return CertificationService.NOTICE_RECORD_TYPE;
  }

  @Override
  public void check(String recordId, String correctedValue) {
    service.checkCorrection(recordId, correctedValue);
  }

  @Override
  public String correct(String recordId, String correctedValue, String reason, Actor actor, String processInstanceId) {
    return service.correct(recordId, correctedValue, reason, actor);
  }
}
