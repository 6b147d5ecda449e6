import { commonStrings } from '../../src/localize/strings.js';

/** English text of `ld-pause-toggle`; every key can be overridden. */
export const pauseToggleStrings = {
  ...commonStrings,
  title: 'Lead intake',
  switchLabel: 'Receive leads',
  active: 'Receiving leads',
  paused: 'Paused',
  pausing: 'Pausing…',
  resuming: 'Resuming…',
  pausedBy: 'Paused by {by} {relative} ({date}).',
  pausedByCap: 'Paused automatically {relative} ({date}).',
  unknownState:
    'Whether intake is on cannot be shown just now. It stays as it was: nothing changes until someone switches it.',
  pausedReason: 'Reason: {reason}',
  capHold:
    'The {cap} cap was reached. Intake resumes by itself when the cap resets, {date}; it cannot be resumed by hand.',
  capHoldTotal:
    'The {cap} cap was reached. Intake resumes when your agency resets this cap; it cannot be resumed by hand.',
  capHoldUnknown: 'A reached cap holds this pause until it resets; it cannot be resumed by hand.',
  noPermission:
    'Only people with the pause permission can pause or resume intake. Ask your agency.',
  'confirm.pause': 'Pause lead intake?',
  'confirm.resume': 'Resume lead intake?',
  'confirmBody.pause':
    'New leads are refused until you resume. Leads already received are not affected.',
  'confirmBody.resume': 'New leads are accepted again at once.',
  reason: 'Reason (optional)',
  reasonHint: 'Up to {max} characters, shown to your agency.',
  'confirmButton.pause': 'Pause intake',
  'confirmButton.resume': 'Resume intake',
  'done.pause': 'Lead intake paused.',
  'done.resume': 'Lead intake resumed.',
  'failed.pause': 'The pause did not go through. Intake is still on.',
  'failed.resume': 'Intake is still paused: the resume did not go through.',
  history: 'Recent changes',
  'history.paused': 'Paused by {by}',
  'history.pausedByCap': 'Paused automatically: {cap} cap reached',
  'history.resumedByCap': 'Resumed automatically: {cap} cap reset',
  'history.resumed': 'Resumed by {by}',
  'history.when': '{date} ({relative})',
  noHistory: 'No changes yet.',
  'cap.daily.leads': 'daily leads',
  'cap.weekly.leads': 'weekly leads',
  'cap.monthly.leads': 'monthly leads',
  'cap.total.leads': 'total leads',
  'cap.daily.budget': 'daily budget',
  'cap.weekly.budget': 'weekly budget',
  'cap.monthly.budget': 'monthly budget',
  'cap.total.budget': 'total budget',
  /** While the caps are not known: "the traffic cap was reached". */
  'cap.unknown': 'traffic',
} satisfies Record<string, string>;

export type PauseToggleStrings = typeof pauseToggleStrings;
