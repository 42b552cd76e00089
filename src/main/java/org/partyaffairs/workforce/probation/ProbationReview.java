package org.partyaffairs.workforce.probation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.time.Instant;
import org.partyaffairs.workforce.shared.InvalidRequestException;

/**
 * What is entered when the period ends (001 第六条): the exam score against its pass score and the
 * democratic vote counts. Only valid reviews can be built.
 */
@Embeddable
public record ProbationReview(
    @Column(name = "exam_score") BigDecimal examScore,
    @Column(name = "exam_pass_score") BigDecimal examPassScore,
    @Column(name = "votes_excellent") Integer excellent,
    @Column(name = "votes_good") Integer good,
    @Column(name = "votes_fair") Integer fair,
    @Column(name = "votes_poor") Integer poor,
    @Column(name = "reviewed_by") String reviewedBy,
    @Column(name = "reviewed_at") Instant reviewedAt) {

  static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

  public ProbationReview {
    requireScore("试用期满考试成绩", examScore);
    requireScore("考试及格分", examPassScore);
    requireVotes("“优秀”票数", excellent);
    requireVotes("“良好”票数", good);
    requireVotes("“一般”票数", fair);
    requireVotes("“差”票数", poor);
    if (excellent + good + fair + poor == 0) {
      throw new InvalidRequestException("民主测评没有选票，无法计算“良好”以上得票比例");
    }
  }

  private static void requireScore(String label, BigDecimal score) {
    if (score == null || score.signum() < 0 || score.compareTo(MAX_SCORE) > 0) {
      throw new InvalidRequestException(label + "应在 0 至 100 之间，收到 " + score);
    }
  }

  private static void requireVotes(String label, Integer votes) {
    if (votes == null || votes < 0) {
      throw new InvalidRequestException(label + "不能为空或小于 0，收到 " + votes);
    }
  }
}
