/** The latest heartbeat a producer pushed for an output port. */
export interface Heartbeat {
  /** The data time the producer reported: its newest data is this recent. */
  readonly lastUpdatedAt: Date;
  /** When Tessera received the report. */
  readonly receivedAt: Date;
}

/**
 * Where PUSH heartbeats are kept. The heartbeat API (GraphQL mutation and
 * `POST /api/v1/ports/{id}/heartbeat`) writes it; the PUSH checker only reads the latest.
 */
export interface HeartbeatStore {
  /** The newest heartbeat for the port, or null when none was ever reported. */
  latestHeartbeat(portId: string): Promise<Heartbeat | null>;
}

/** Nest token for the HeartbeatStore implementation. */
export const HEARTBEAT_STORE = Symbol('HEARTBEAT_STORE');
