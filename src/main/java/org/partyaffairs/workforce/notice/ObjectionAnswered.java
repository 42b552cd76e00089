package org.partyaffairs.workforce.notice;

/**
 * An objection to a public notice was answered (004 年度公示: 情况明确的解释说明，记分有误的及时纠正):
 * explained, or corrected once the correction is applied. Published in that transaction.
 *
 * @param objector the user who raised it
 */
public record ObjectionAnswered(Long objectionId, String objector, String noticeTitle, boolean corrected,
    String processInstanceId) {
}
