/** A mistake of the user's (bad option, unreadable database…): printed as one line, without a stack trace. */
export class UserError extends Error {}
