/**
 * The text shared by every widget, in English. Each widget adds its own set; a host
 * overrides any key through `strings` (element, `ld-portal` or `configure()`) or a whole
 * language through `registerStrings()`. `{name}` marks a value filled in at run time.
 */
export const commonStrings = {
  loading: 'Loading…',
  retry: 'Try again',
  cancel: 'Cancel',
  close: 'Close',
  retryAfter: 'The portal service asked to wait {wait} before trying again.',
  retryingIn: 'The portal service asked to wait {wait}. This tries again by itself then.',
  retryingOnline: 'This tries again by itself when the connection is back.',
  signInAgain: 'Sign in again',
  errorShared: 'Not loaded: see the message above.',
  errorCode: 'Error code: {code}',
  errorTitle: 'Something went wrong',
  'error.unauthorized': 'Your session has ended. Sign in again to continue.',
  'error.forbidden': 'You do not have permission to do that.',
  'error.not-found': 'This item no longer exists.',
  'error.conflict': 'This conflicts with a change made elsewhere. Reload and try again.',
  'error.validation': 'Some values are not valid.',
  'error.rate-limited': 'Too many requests. Please wait a moment.',
  'error.server': 'The portal service is having trouble.',
  'error.network': 'You appear to be offline, or the portal service cannot be reached.',
  'error.timeout': 'The portal service took too long to answer.',
  'error.invalid-response': 'The portal service sent a response this page cannot read.',
  'error.wrong-portal': 'Your session now opens another supplier portal. Sign in again.',
  unconfigured:
    'This widget is not connected to a portal. Wrap it in <ld-portal> or call configure().',
  forbiddenTitle: 'No access',
  forbidden:
    'Your role in this portal does not include this information. Ask your agency for access.',
  signedOut: 'Sign in to see your supplier portal.',
  choosePortalTitle: 'Choose a supplier portal',
  choosePortal: 'You belong to more than one portal. Choose the one to open.',
  noPortals: 'You are not a member of any supplier portal yet. Ask your agency for an invitation.',
  emptyTitle: 'Nothing here yet',
  openGuide: 'Open the API guide',
  firstLeadHint:
    'Leads show here as soon as you send them. The API guide has the endpoint, the fields and a sample request.',
  timeZoneNote: 'Times in {zone}',
  listCut: 'Showing the first {shown} of {total}.',
} satisfies Record<string, string>;

export type Strings = Record<string, string>;
export type CommonStrings = typeof commonStrings;
