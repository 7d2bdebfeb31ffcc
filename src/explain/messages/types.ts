/** @internal A message template in Indonesian and English. */
export interface Message {
  readonly id: string;
  readonly en: string;
}

/** @internal Messages by code. */
export type MessageCatalog = Readonly<Record<string, Message>>;
