package org.partyaffairs.workforce.dossier;

import java.util.Arrays;

/**
 * The stages of a worker's service, in the order the dossier prints them, each with the process
 * that runs it and the article a line of it cites when it carries none of its own.
 */
enum Stage {
  POST("岗位设置", "000 第三条", "PostEstablishmentProcess"),
  RECRUITMENT("招聘与聘用", "000 第六条", "RecruitmentProcess"),
  PROBATION("试用期", "001 第六条", "ProbationProcess"),
  QUARTERLY("季度工作汇报与季度考核", "001 第十八条(三)", "QuarterlyReportProcess"),
  ASSESSMENT("年度考核", "000 第九条", "AnnualAssessmentProcess", "AssessmentFollowUpProcess", "AssessmentBatchProcess",
      "AssessmentCampaignProcess"),
  NOTICE("公示与异议", "000 第九条", "PublicNoticeProcess", "NoticeObjectionProcess"),
  EXCHANGE("交流使用", "000 第十二条", "ExchangeProcess"),
  LEAVE("请销假", "001 第十八条(四)", "LeaveRequestProcess"),
  ABSENCE("缺勤", "000 第十四条", "AbsenceRecordProcess"),
  WARNING("告诫", "000 第十三条", "WarningTalkProcess"),
  DISMISSAL("解聘", "000 第十五条", "DismissalProcess"),
  RESIGNATION("辞职", "000 第十六条", "ResignationProcess"),
  RECORD("档案记录", "002 专业化建设人员档案");

  final String label;
  final String article;
  private final String[] processKeys;

  Stage(String label, String article, String... processKeys) {
    this.label = label;
    this.article = article;
    this.processKeys = processKeys;
  }

  static Stage ofProcess(String processDefinitionKey) {
    return Arrays.stream(values()).filter(stage -> Arrays.asList(stage.processKeys).contains(processDefinitionKey))
        .findFirst().orElse(RECORD);
  }
}
