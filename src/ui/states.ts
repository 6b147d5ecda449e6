import { bounded, LIST_BOUNDS, renderCut } from './bounded.js';
import { html, nothing, type ReactiveElement, type TemplateResult } from 'lit';
import type { DataController } from '../controllers/data.js';
import type { LocalizeController } from '../localize/localize.js';
import type { CommonStrings } from '../localize/strings.js';
import type { ApiError } from '../api/errors.js';

export interface StateOptions {
  /** Whether the loaded data has nothing to show. */
  isEmpty?: boolean;
  emptyText?: string;
  /** Lines in the loading skeleton, roughly the shape of the ready state. */
  skeletonLines?: number;
  /** The empty state's heading, when the widget has a better one than "Nothing here yet". */
  emptyTitle?: string;
  /** What to do about it: a button such as "Clear filters". */
  emptyAction?: unknown;
  /** A line the error state adds, whoever shows the error: what the failure does not mean. */
  errorNote?: string;
}

/**
 * Renders whichever state a widget's data is in. Every state but `ready` sits in a named
 * slot (`loading`, `empty`, `error`, `forbidden`, `signed-out`, `choose-portal`), so a
 * host can replace it; the fallback content here is the default.
 */
export function renderDataState<T>(
  data: DataController<T, unknown>,
  localize: LocalizeController<CommonStrings>,
  ready: (value: T) => unknown,
  options: StateOptions = {},
): unknown {
  const t = localize.term.bind(localize);
  switch (data.status) {
    case 'loading':
      return html`<slot name="loading">${renderSkeleton(localize, options.skeletonLines)}</slot>`;
    case 'ready':
      return options.isEmpty
        ? html`<slot name="empty"
            >${message(options.emptyTitle ?? t('emptyTitle'), options.emptyText, options.emptyAction)}</slot
          >`
        : ready(data.value as T);
    case 'error':
      // A fault several widgets share is shown once, by the portal: here only a pointer.
      return html`<slot name="error"
        >${
          data.sharedFault
            ? html`<p class="state muted" part="shared-error">${t('errorShared')}</p>`
            : renderError(data, localize)
        }${options.errorNote ? html`<p class="error-note">${options.errorNote}</p>` : nothing}</slot
      >`;
    case 'forbidden':
      // Trying again gives the same answer: what helps is asking for access.
      return html`<slot name="forbidden">
        <div class="state">
          <h3>${t('forbiddenTitle')}</h3>
          <p class="muted">${t('forbidden')}</p>
        </div>
      </slot>`;
    case 'signed-out':
      return html`<slot name="signed-out">${message(t('signedOut'))}</slot>`;
    case 'choose-portal':
      return html`<slot name="choose-portal">${renderChoosePortal(data, localize)}</slot>`;
    case 'unconfigured':
      return html`<slot name="unconfigured">${message(t('unconfigured'))}</slot>`;
  }
}

/** Grey lines in roughly the shape of what is loading, announced as "Loading…". */
export function renderSkeleton(localize: LocalizeController<CommonStrings>, lines = 3) {
  return html`<div class="skeleton" role="status">
    <span class="visually-hidden">${localize.term('loading')}</span>
    ${Array.from({ length: lines }, () => html`<span aria-hidden="true"></span>`)}
  </div>`;
}

function message(title: string, text?: string, action: unknown = nothing): TemplateResult {
  return html`<div class="state">
    <h3>${title}</h3>
    ${text ? html`<p class="muted">${text}</p>` : nothing} ${action}
  </div>`;
}

/**
 * A data error in words, with its code and what to do: sign in again after a 401, else a
 * retry button; a read that retries by itself (after its `Retry-After`, or when back
 * online) says so. Also used by the portal's banner for a fault widgets share.
 */
export function renderError<T>(
  data: Pick<DataController<T, unknown>, 'error' | 'reload' | 'signIn'> & { autoRetry?: boolean },
  localize: LocalizeController<CommonStrings>,
) {
  const error = data.error;
  if (!error) return nothing;
  const action =
    error.kind === 'unauthorized' || error.kind === 'wrong-portal'
      ? html`<button type="button" class="primary" part="sign-in" @click=${() => data.signIn()}>
          ${localize.term('signInAgain')}
        </button>`
      : retryButton(data, localize);
  return renderFailure(error, localize, action, data.autoRetry ?? true);
}

/**
 * A failure in words, with its code, and `retry`: the retry button, or a function the
 * default "Try again" button runs (a part of the widget that did not load, say).
 */
export function renderFailure(
  error: ApiError,
  localize: LocalizeController<CommonStrings>,
  retry: TemplateResult | (() => unknown),
  automatic = false,
) {
  // 429 and 503 both carry Retry-After; whichever sent it, the person learns how long to wait.
  const wait = error.retryAfter;
  const t = localize.term.bind(localize);
  // The server's own message goes to the ld-error event, not the screen: only our text and its code.
  return html`<div class="state" role="alert">
    <h3>${localize.term('errorTitle')}</h3>
    <p>${localize.term(`error.${error.kind}`)}</p>
    ${
      wait
        ? html`<p>
            ${t(automatic ? 'retryingIn' : 'retryAfter', {
              wait: localize.duration(wait),
              seconds: wait,
            })}
          </p>`
        : automatic && error.kind === 'network'
          ? html`<p class="muted">${t('retryingOnline')}</p>`
          : nothing
    }
    ${
      error.code !== error.kind
        ? html`<p class="detail muted">${localize.term('errorCode', { code: error.code })}</p>`
        : nothing
    }
    ${
      typeof retry === 'function'
        ? html`<button type="button" part="retry" @click=${retry}>
            ${localize.term('retry')}
          </button>`
        : retry
    }
  </div>`;
}

function retryButton<T>(
  data: Pick<DataController<T, unknown>, 'reload'>,
  localize: LocalizeController<CommonStrings>,
): TemplateResult {
  return html`<button
    type="button"
    part="retry"
    @click=${(event: Event) => refocus(event, () => data.reload())}
  >
    ${localize.term('retry')}
  </button>`;
}

function renderChoosePortal<T>(
  data: DataController<T, unknown>,
  localize: LocalizeController<CommonStrings>,
) {
  const portals = data.portals;
  if (!portals) return message(localize.term('loading'));
  if (!portals.length)
    return message(localize.term('choosePortalTitle'), localize.term('noPortals'));
  const list = bounded(portals, LIST_BOUNDS.portals);
  return html`<div class="state">
    <h3>${localize.term('choosePortalTitle')}</h3>
    <p class="muted">${localize.term('choosePortal')}</p>
    <ul class="portals">
      ${list.shown.map(
        (portal) =>
          html`<li>
            <button
              type="button"
              part="portal-choice"
              @click=${(event: Event) => refocus(event, () => data.selectPortal(portal.id))}
            >
              ${portal.name}${portal.agency ? html` <span class="muted">· ${portal.agency}</span>` : nothing}
            </button>
          </li>`,
      )}
    </ul>
    ${renderCut(list, localize)}
  </div>`;
}

/**
 * Runs a state's action, then puts focus on the widget's title: the button that had focus
 * is gone from the new state, and focus must not fall back to the page (WCAG 2.4.3).
 */
async function refocus(event: Event, action: () => unknown): Promise<void> {
  const root = (event.currentTarget as Element).getRootNode();
  if (!(root instanceof ShadowRoot)) return;
  await action();
  await (root.host as ReactiveElement).updateComplete;
  if (root.activeElement) return;
  const title =
    root.querySelector<HTMLElement>('[part="title"]') ??
    root.querySelector<HTMLElement>('[part="base"]');
  if (!title) return;
  title.tabIndex = -1;
  title.focus();
}
