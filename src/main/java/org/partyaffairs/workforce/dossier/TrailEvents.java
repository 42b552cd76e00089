package org.partyaffairs.workforce.dossier;

import java.util.Map;

/** The trail's event codes as a reader of the dossier says them; an unknown code is shown as it is. */
final class TrailEvents {

  private static final Map<String, String> LABELS = Map.ofEntries(
      Map.entry("HIRED", "录用"),
      Map.entry("PROBATION_STARTED", "开始试用期"),
      Map.entry("MENTOR_ASSIGNED", "确定带教导师"),
      Map.entry("COMMITMENT_MADE", "作出公开承诺"),
      Map.entry("PROBATION_REVIEWED", "试用期考察"),
      Map.entry("CONFIRMED", "转正"),
      Map.entry("DISQUALIFIED", "试用期取消资格"),
      Map.entry("DISQUALIFICATION_FILED", "取消资格备案"),
      Map.entry("ASSESSMENT_GRADED", "评定考核等次"),
      Map.entry("ASSESSMENT_CORRECTED", "更正考核结果"),
      Map.entry("ASSESSMENT_ELIGIBILITY_REVOKED", "取消年度考核资格"),
      Map.entry("ELIGIBILITY_REVOKED", "取消考核资格"),
      Map.entry("ASSESSMENT_REWARD", "给予奖励"),
      Map.entry("ASSESSMENT_NO_REWARD", "不予奖励"),
      Map.entry("ASSESSMENT_TALK", "考核结果谈话"),
      Map.entry("ABSENCE_RECORDED", "记录旷工"),
      Map.entry("LEAVE_REQUESTED", "申请请假"),
      Map.entry("LEAVE_APPROVED", "批准请假"),
      Map.entry("LEAVE_REFUSED", "不批准请假"),
      Map.entry("LEAVE_RETURNED", "销假"),
      Map.entry("LEAVE_LATE_NOT_RECORDED", "超假未记旷工（已不在岗）"),
      Map.entry("EXCHANGE_PROPOSED", "提出交流"),
      Map.entry("EXCHANGE_JUSTIFIED", "说明交流理由"),
      Map.entry("EXCHANGE_WITHDRAWN", "撤回交流建议"),
      Map.entry("EXCHANGE_APPROVED", "同意交流"),
      Map.entry("EXCHANGE_REFUSED", "不同意交流"),
      Map.entry("WORKER_EXCHANGED", "交流到新岗位"),
      Map.entry("WARNING_TALK", "告诫谈话"),
      Map.entry("WARNING_NOT_STARTED", "不启动告诫"),
      Map.entry("WARNING_DETERMINED", "告诫期评估"),
      Map.entry("WARNING_ENDED", "告诫期结束"),
      Map.entry("DISMISSAL_GROUND", "认定解聘情形"),
      Map.entry("DISMISSAL_PROPOSED", "提议解聘"),
      Map.entry("DISMISSAL_OPINION", "提出解聘意见"),
      Map.entry("DISMISSAL_WITHDRAWN", "撤回解聘"),
      Map.entry("DISMISSAL_FILED", "解聘备案"),
      Map.entry("WORKER_DISMISSED", "解聘生效"),
      Map.entry("RESIGNATION_SUBMITTED", "提交辞职申请"),
      Map.entry("RESIGNATION_RECEIVED", "接收辞职申请"),
      Map.entry("RESIGNATION_AGREED", "同意辞职"),
      Map.entry("RESIGNATION_REJECTED", "不同意辞职"),
      Map.entry("RESIGNATION_WITHDRAWN", "撤回辞职"),
      Map.entry("RESIGNATION_FILED", "辞职备案"),
      Map.entry("WORKER_RESIGNED", "辞职生效"),
      Map.entry("ACCOUNT_OPENED", "开通本人账号"),
      Map.entry("ACTIVATION_CODE_ISSUED", "签发账号开通通知书"),
      Map.entry("ACCOUNT_ACTIVATED", "激活本人账号"),
      Map.entry("ACCESS_ENDED", "账号停用"),
      Map.entry("TASK_ESCALATED", "超期提请督办"),
      Map.entry("TRAINING_RECORDED", "登记培训结果"),
      Map.entry("POINTS_RECORDED", "积分台账登记"),
      Map.entry("POINTS_CLAIMED", "本人申报加分"),
      Map.entry("POINTS_CLAIM_ACCEPTED", "认定加分"),
      Map.entry("POINTS_CLAIM_REFUSED", "不予认定加分"),
      Map.entry("POINTS_VETO_PROPOSED", "登记一票否决"),
      Map.entry("POINTS_VETO_CONFIRMED", "确认一票否决"),
      Map.entry("POINTS_VETO_REFUSED", "不予确认一票否决"),
      Map.entry("POINTS_CORRECTED", "更正积分台账"),
      Map.entry("POINTS_LEDGER_CONFIRMED", "确认年度积分台账"));

  private TrailEvents() {}

  static String label(String event) {
    return LABELS.getOrDefault(event, event);
  }
}
