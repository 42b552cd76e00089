package org.partyaffairs.workforce.rules;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partyaffairs.workforce.rules.facts.AbsenceFacts;
import org.partyaffairs.workforce.rules.facts.AllowanceFacts;
import org.partyaffairs.workforce.rules.facts.CertificationExitFacts;
import org.partyaffairs.workforce.rules.facts.CertificationFacts;
import org.partyaffairs.workforce.rules.facts.CohortFacts;
import org.partyaffairs.workforce.rules.facts.DismissalFacts;
import org.partyaffairs.workforce.rules.facts.EvaluationForm;
import org.partyaffairs.workforce.rules.facts.ExchangeFacts;
import org.partyaffairs.workforce.rules.facts.Facts;
import org.partyaffairs.workforce.rules.facts.GradeFacts;
import org.partyaffairs.workforce.rules.facts.LeaveFacts;
import org.partyaffairs.workforce.rules.facts.PointsFacts;
import org.partyaffairs.workforce.rules.facts.ProbationFacts;
import org.partyaffairs.workforce.rules.facts.QuarterlyScoreFacts;
import org.partyaffairs.workforce.rules.facts.RankingFacts;
import org.partyaffairs.workforce.rules.facts.RewardFacts;
import org.partyaffairs.workforce.rules.facts.WeightedScoreFacts;

/**
 * The decisions of DOMAIN.md §Decisions: the name of the contract, the facts it takes, and the
 * answer it gives when no rule says otherwise. The rules themselves are in {@code rules/}.
 */
public enum Decision {
  EVALUATION_FORM_SCORE("evaluation-form-score", "昆山考核评价表16项计分", EvaluationForm.class, Map.of()),
  WEIGHTED_SCORE("weighted-score", "平时与年度（自评与组织评价）加权得分", WeightedScoreFacts.class, Map.of()),
  POINTS_SCORE("points-score", "积分制百分考核", PointsFacts.class,
      Map.of("bonus", 0L, "deductions", 0L, "veto", false)),
  ASSESSMENT_GRADE("assessment-grade", "年度考核等次", GradeFacts.class, Map.of()),
  EXCELLENCE_QUOTA("excellence-quota", "优秀比例", CohortFacts.class, Map.of()),
  WARNING_TRIGGER("warning-trigger", "旷工告诫", AbsenceFacts.class, Map.of("warn", false)),
  DISMISSAL_GROUNDS("dismissal-grounds", "解聘情形", DismissalFacts.class,
      Map.of("dismiss", false, "grounds", List.of())),
  PROBATION_OUTCOME("probation-outcome", "试用期考核", ProbationFacts.class, Map.of("reasons", List.of())),
  REWARD_ELIGIBILITY("reward-eligibility", "考核结果运用（奖励与处理）", RewardFacts.class,
      Map.of("reward", 0, "actions", List.of())),
  LEAVE_APPROVAL_TIER("leave-approval-tier", "请假审批权限", LeaveFacts.class, Map.of()),
  RECRUITMENT_RANKING("recruitment-ranking", "招录成绩排名", RankingFacts.class, Map.of()),
  QUARTERLY_ORDINARY_SCORE("quarterly-ordinary-score", "季度考核成绩折算平时考核成绩", QuarterlyScoreFacts.class,
      Map.of("missingQuarters", List.of(), "manual", false)),
  EXCHANGE_ELIGIBILITY("exchange-eligibility", "优先交流使用或重用", ExchangeFacts.class,
      Map.of("eligible", false, "fiveYearsInPost", false, "outstanding", false, "reasons", List.of())),
  CERTIFICATION_ELIGIBILITY("certification-eligibility", "专职资格认证申报条件", CertificationFacts.class,
      Map.of("eligible", false, "reasons", List.of())),
  RED_COLLAR_ALLOWANCE("red-collar-allowance", "红领津贴", AllowanceFacts.class,
      Map.of("allowance", 0L, "granted", false, "reasons", List.of())),
  CERTIFICATION_EXIT("certification-exit", "资格等级退出（年检）", CertificationExitFacts.class,
      Map.of("withdraw", false, "reasons", List.of()));

  private final String contractName;
  private final String title;
  private final Class<? extends Facts> factsType;
  private final Map<String, Object> defaults;

  Decision(String contractName, String title, Class<? extends Facts> factsType, Map<String, Object> defaults) {
    this.contractName = contractName;
    this.title = title;
    this.factsType = factsType;
    this.defaults = defaults;
  }

  public static Optional<Decision> named(String name) {
    return Arrays.stream(values()).filter(decision -> decision.contractName.equals(name)).findFirst();
  }

  public String contractName() {
    return contractName;
  }

  public String title() {
    return title;
  }

  public Class<? extends Facts> factsType() {
    return factsType;
  }

  /** Whether the facts name a grading policy, which defaults to the city's configured one. */
  boolean gradesByPolicy() {
    return this == ASSESSMENT_GRADE;
  }

  Answer newAnswer() {
    return new Answer(defaults);
  }
}
