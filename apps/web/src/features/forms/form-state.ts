/**
 * What a form's server action answers, kept by `useActionState`: nothing yet, an error (the
 * API's message, or zod's per field, with the values to show again), or a success message.
 * With JavaScript off the page is rendered again with this state, so forms work either way.
 */
export type FormState =
  | { readonly status: 'idle' }
  | {
      readonly status: 'error';
      readonly message: string;
      readonly fieldErrors?: Readonly<Record<string, string>>;
      readonly values?: Readonly<Record<string, string>>;
    }
  | {
      readonly status: 'success';
      readonly message: string;
      /** Something shown once, such as a new API token. */
      readonly secret?: string;
    };

export const IDLE: FormState = { status: 'idle' };

/** A form's server action, as `useActionState` calls it. */
export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;
