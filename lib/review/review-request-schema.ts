import { z } from "zod";

export const gradeRequestSchema = z.object({
  cardId: z.string().min(1).max(100),
  rating: z.number({ error: "rating must be a number from 1 (Again) to 4 (Easy)." }).int().min(1).max(4),
  clientReviewId: z.uuid({ error: "clientReviewId must be a UUID." }),
  expectedVersion: z.number().int().min(0),
  durationMs: z.number().int().min(0).max(3_600_000).default(0),
  /** The page will show this card again soon (a learning step) and needs its fresh previews. */
  wantCard: z.boolean().default(false),
});

export const undoRequestSchema = z.object({
  clientReviewId: z.uuid({ error: "clientReviewId must be a UUID." }),
});
