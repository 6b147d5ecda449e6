import * as z from 'zod/mini';

/** An opaque identifier from the portal API. */
export const Id = z.string().check(z.minLength(1), z.maxLength(200));
/** An ISO 8601 instant with an offset, as the API sends it. */
export const Instant = z.iso.datetime({ offset: true });
/** A calendar date (`YYYY-MM-DD`) in the supplier's time zone. */
export const CalendarDate = z.iso.date();
/** Money in minor units (cents) of the portal's currency, so sums stay exact. */
export const Money = z.int();
export const Count = z.int().check(z.minimum(0));
/** Free text from the server; bounded so a runaway value cannot flood the page. */
export const Text = z.string().check(z.maxLength(2000));
export const ShortText = z.string().check(z.maxLength(200));

export const FieldError = z.object({
  field: ShortText,
  code: ShortText,
  message: Text,
});
export type FieldError = z.infer<typeof FieldError>;

export const ErrorBody = z.object({
  error: z.object({
    code: ShortText,
    message: Text,
    fieldErrors: z.optional(z.array(FieldError)),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
