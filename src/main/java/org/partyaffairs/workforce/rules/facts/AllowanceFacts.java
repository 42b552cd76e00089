package org.partyaffairs.workforce.rules.facts;

import jakarta.validation.constraints.NotNull;

/**
 * A certified worker's level and the year's annual grade, for the year's 红领津贴 (002 专属待遇保障: 按资格等级，
 * 每年发放“红领津贴”; 对考核结果未达到“称职”的，取消当年度“红领津贴”).
 */
public record AllowanceFacts(@NotNull CertificationLevel level, @NotNull Grade grade) implements Facts {
}
