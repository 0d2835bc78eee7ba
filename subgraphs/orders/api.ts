/**
 * What orders offers other subgraphs: no service interface yet, only its events, which are part of
 * the declared contract (identity's partner webhooks react to them).
 */
export { OrderTopics, type OrderCancelledEvent, type OrderStatusChangedEvent } from './events';
