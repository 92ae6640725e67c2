import { z } from "zod";
import { MAX_CARD_ID_LENGTH, MAX_REVIEW_DURATION_MS } from "../limits";

const clientReviewId = z.uuid({ error: "Each review needs a UUID that identifies it." });

export const gradeRequestSchema = z.object(
  {
    cardId: z
      .string({ error: "Say which card is graded." })
      .min(1, { error: "Say which card is graded." })
      .max(MAX_CARD_ID_LENGTH, { error: "That card id is too long." }),
    rating: z
      .number({ error: "Choose a grade from 1 (Again) to 4 (Easy)." })
      .int({ error: "Choose a grade from 1 (Again) to 4 (Easy)." })
      .min(1, { error: "Choose a grade from 1 (Again) to 4 (Easy)." })
      .max(4, { error: "Choose a grade from 1 (Again) to 4 (Easy)." }),
    clientReviewId,
    expectedVersion: z
      .number({ error: "Send the version of the card you graded, a whole number from 0." })
      .int({ error: "Send the version of the card you graded, a whole number from 0." })
      .min(0, { error: "Send the version of the card you graded, a whole number from 0." }),
    durationMs: z
      .number({ error: "The time spent on a card must be a whole number of milliseconds." })
      .int({ error: "The time spent on a card must be a whole number of milliseconds." })
      .min(0, { error: "The time spent on a card can't be negative." })
      .max(MAX_REVIEW_DURATION_MS, {
        error: `The time spent on a card can be ${MAX_REVIEW_DURATION_MS / 60_000} minutes at most.`,
      })
      .default(0),
    /** The page will show this card again soon (a learning step) and needs its fresh previews. */
    wantCard: z.boolean({ error: "Whether to send the card back must be true or false." }).default(false),
  },
  { error: "Send the grade as a JSON object." },
);

export const undoRequestSchema = z.object({ clientReviewId }, { error: "Send the review to undo as a JSON object." });
