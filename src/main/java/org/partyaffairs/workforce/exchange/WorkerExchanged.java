package org.partyaffairs.workforce.exchange;

/**
 * A worker moved to another post of their town after the city office's consent (000 第十二条):
 * published by {@link ExchangeService#move} and delivered synchronously in the moving transaction,
 * so whoever reacts commits or rolls back with the move. The exchange module knows none of them.
 *
 * @param fromPostId the post left, null when the worker held none
 */
public record WorkerExchanged(Long workerId, String townCode, Long fromPostId, Long toPostId, String processInstanceId) {
}
