package org.partyaffairs.workforce.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

  /**
   * The campaign's cohort in one statement, however many workers: every ACTIVE worker who has not
   * lost assessment eligibility and is not under warning (000 第十三条: 告诫期满合格的，可参加年度考核),
   * numbered into batches of {@code batchSize} by worker id.
   */
  @Modifying
  @Query(nativeQuery = true, value = """
      insert into assessment (campaign_id, worker_id, town_code, batch_no, status, over_quota, version)
      select :campaignId, w.id, w.town_code, floor((row_number() over (order by w.id) - 1) / :batchSize),
             'WAITING_SELF_REPORT', false, 0
      from worker w
      where w.status = 'ACTIVE' and w.assessment_eligible = true and w.under_warning = false""")
  int takeCohort(@Param("campaignId") Long campaignId, @Param("batchSize") int batchSize);

  @Query("select max(a.batchNo) from Assessment a where a.campaignId = :campaignId")
  Optional<Integer> lastBatchOf(@Param("campaignId") Long campaignId);

  @Query("select a.workerId from Assessment a where a.campaignId = :campaignId and a.batchNo = :batchNo order by a.workerId")
  List<Long> workersOfBatch(@Param("campaignId") Long campaignId, @Param("batchNo") int batchNo);

  List<Assessment> findByCampaignIdAndBatchNoOrderById(Long campaignId, int batchNo);

  List<Assessment> findByCampaignIdOrderById(Long campaignId);

  Optional<Assessment> findByCampaignIdAndWorkerId(Long campaignId, Long workerId);

  Optional<Assessment> findByProcessInstanceId(String processInstanceId);

  List<Assessment> findByCampaignIdAndTownCodeOrderById(Long campaignId, String townCode);

  List<Assessment> findByCampaignIdAndOverQuotaTrueOrderById(Long campaignId);

  /** The grade of a worker's confirmed assessment of a year, whatever the policy. */
  @Query("""
      select a.grade from Assessment a, Campaign c
      where a.campaignId = c.id and a.workerId = :workerId and c.year = :year and a.status = 'CONFIRMED'
      order by a.id desc""")
  List<String> confirmedGradesOf(@Param("workerId") Long workerId, @Param("year") int year);

  /** {year, grade} of every confirmed assessment of a worker, the latest assessment of a year last. */
  @Query("""
      select c.year, a.grade from Assessment a, Campaign c
      where a.campaignId = c.id and a.workerId = :workerId and a.status = 'CONFIRMED' and a.grade is not null
      order by c.year, a.id""")
  List<Object[]> confirmedGradesByYear(@Param("workerId") Long workerId);

  @Query("select distinct a.townCode from Assessment a where a.campaignId = :campaignId order by a.townCode")
  List<String> townsOf(@Param("campaignId") Long campaignId);

  /** {id, workerId, score, grade} of the graded cohort, for the excellence quota. */
  @Query("select a.id, a.workerId, a.score, a.grade from Assessment a where a.campaignId = :campaignId and a.grade is not null")
  List<Object[]> gradedCohort(@Param("campaignId") Long campaignId);

  /** Status changes of the whole campaign in one statement, guarded by the status they leave. */
  @Modifying
  @Query("""
      update Assessment a set a.status = :next, a.version = a.version + 1
      where a.campaignId = :campaignId and a.status = :current""")
  int moveAll(@Param("campaignId") Long campaignId, @Param("current") AssessmentStatus current,
      @Param("next") AssessmentStatus next);

  /** {status, town, grade, count} for the campaign's report. */
  @Query("""
      select a.status, a.townCode, a.grade, count(a) from Assessment a where a.campaignId = :campaignId
      group by a.status, a.townCode, a.grade""")
  List<Object[]> tally(@Param("campaignId") Long campaignId);

  /** {grade, label, count} of the graded results. */
  @Query("""
      select a.grade, a.gradeLabel, count(a) from Assessment a where a.campaignId = :campaignId and a.grade is not null
      group by a.grade, a.gradeLabel""")
  List<Object[]> gradeLabelTally(@Param("campaignId") Long campaignId);
}
