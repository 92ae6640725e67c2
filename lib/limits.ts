/**
 * Every size and range the app enforces, in one place. This module imports
 * nothing, so server validation and client forms can share it.
 */

const MEBIBYTE = 1024 * 1024;

/** An article: the uploaded file, and the UTF-8 text pasted or saved. */
export const MAX_UPLOAD_BYTES = 10 * MEBIBYTE;
/** How the upload limit reads in messages. */
export const MAX_UPLOAD_LABEL = `${MAX_UPLOAD_BYTES / MEBIBYTE} MB`;
/** Multipart framing and form fields around an upload at the limit. */
export const UPLOAD_FORM_OVERHEAD_BYTES = 64 * 1024;

/** A JSON request body, unless the route allows more. */
export const MAX_JSON_BODY_BYTES = 64 * 1024;
/**
 * Saving an import sends the article text back; JSON escaping can double it
 * (newlines, quotes), and the unticked keys and topic names come on top.
 */
export const MAX_IMPORT_BODY_BYTES = 2 * MAX_UPLOAD_BYTES + MEBIBYTE;

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 200;
export const MAX_USER_NAME_LENGTH = 80;
/** IANA zone names are far shorter; this only bounds what is looked up. */
export const MAX_TIME_ZONE_LENGTH = 64;

export const MAX_DECK_TITLE_LENGTH = 200;
export const MAX_TOPIC_NAME_LENGTH = 80;
export const MAX_TOPIC_ID_LENGTH = 200;
export const MAX_CARD_KEY_LENGTH = 64;
export const MAX_EXCLUDED_CARDS = 10_000;

export const MAX_CARD_ID_LENGTH = 100;
/** A student's own wording of a card. */
export const MAX_CARD_PROMPT_LENGTH = 1000;
export const MAX_CARD_ANSWER_LENGTH = 300;
/** Why a card was flagged as bad, in the student's words. */
export const MAX_FLAG_NOTE_LENGTH = 500;
/** Bounds the time a client may report for one card. */
export const MAX_REVIEW_DURATION_MS = 60 * 60 * 1000;

export const MAX_DAILY_NEW_LIMIT = 500;
export const MIN_DESIRED_RETENTION = 0.7;
export const MAX_DESIRED_RETENTION = 0.99;

/** Sign-in attempts on one account per window; a successful sign-in clears the count. */
export const SIGN_IN_ATTEMPTS_PER_ACCOUNT = 10;
/** Sign-in attempts from one address per window, whatever the account. */
export const SIGN_IN_ATTEMPTS_PER_ADDRESS = 50;
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
/** Sign-up requests from one address per window (valid or not). */
export const SIGN_UPS_PER_ADDRESS = 20;
export const SIGN_UP_WINDOW_SECONDS = 60 * 60;

/** A sign-in, sign-out or CSRF form to next-auth: an email, a password and a token or two. */
export const MAX_AUTH_FORM_BYTES = 16 * 1024;

/** How long one article may take to become a deck before the import is refused. */
export const GENERATION_TIME_LIMIT_SECONDS = 20;

export const MAX_EXAM_NAME_LENGTH = 120;
/** How far ahead an exam may be planned. */
export const MAX_EXAM_DAYS_AHEAD = 730;
export const MIN_TARGET_RECALL = 0.5;
export const MAX_TARGET_RECALL = 0.99;
export const DEFAULT_TARGET_RECALL = 0.9;
export const MAX_DAILY_BUDGET_REVIEWS = 2000;
export const MAX_DAILY_BUDGET_MINUTES = 600;
/** Decks and topics one exam may list. */
export const MAX_EXAM_COVERAGE_ITEMS = 100;

export const DEFAULT_PRACTICE_QUESTIONS = 20;
export const MAX_PRACTICE_QUESTIONS = 100;
/** A practice test allows this much time per question. */
export const PRACTICE_MS_PER_QUESTION = 60_000;
export const MAX_PRACTICE_ANSWER_LENGTH = 500;
