/** How one attempt to send a delivery ended. */
export type SendOutcome =
  /** The receiver took it (2xx, or the SMTP server accepted the message). */
  | { readonly kind: 'delivered'; readonly statusCode: number | null }
  /** 410 Gone: the receiver asks never to be called again; the channel is disabled. */
  | { readonly kind: 'gone'; readonly statusCode: number; readonly error: string }
  /** The URL may not be called (outbound policy); retrying cannot help. */
  | { readonly kind: 'refused'; readonly error: string }
  /** Anything else: retried with backoff until the attempts run out. */
  | { readonly kind: 'failed'; readonly statusCode: number | null; readonly error: string };
