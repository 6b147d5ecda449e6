import { html, nothing, type ReactiveElement } from 'lit';

export interface CodeSample {
  id: string;
  label: string;
  /** The code; `undefined` while the part that writes it is on its way. */
  code: string | undefined;
}

export interface CodeTabsOptions {
  /** The visible outcome of the last copy in `group`, placed beside its Copy button. */
  confirmation(group: string): unknown;
  /** Copies a sample; the host announces the outcome. */
  copy(group: string, sample: CodeSample & { code: string }): void;
  copyLabel: () => string;
  /** In a panel whose code is not here yet: a placeholder, or why it did not come. */
  pending(): unknown;
  /** A person is about to choose a tab (hover, focus or choice): the code may be fetched. */
  wanted(): void;
}

/**
 * Code samples in tabs, per the ARIA tabs pattern: one tab stop, arrow keys, Home and
 * End, with automatic activation. Every panel is rendered (the others hidden), so print
 * can show them all. Code is text in the template: nothing is parsed as markup.
 */
export class CodeTabs {
  #selected = new Map<string, string>();
  #host: ReactiveElement;
  #options: CodeTabsOptions;

  constructor(host: ReactiveElement, options: CodeTabsOptions) {
    this.#host = host;
    this.#options = options;
  }

  render(group: string, label: string, samples: readonly CodeSample[]) {
    const selected = this.#current(group, samples);
    const current = samples.find((sample) => sample.id === selected);
    return html`<div class="code-tabs">
      <div class="code-bar" id="${group}-bar">
        <div
          role="tablist"
          aria-label=${label}
          @keydown=${(event: KeyboardEvent) => this.#onKey(event, group, samples)}
          @pointerenter=${this.#options.wanted}
          @focusin=${this.#options.wanted}
        >
          ${samples.map(
            (sample) =>
              html`<button
                type="button"
                role="tab"
                part="tab"
                id="${group}-tab-${sample.id}"
                aria-controls="${group}-panel-${sample.id}"
                aria-selected=${sample.id === selected ? 'true' : 'false'}
                tabindex=${sample.id === selected ? 0 : -1}
                @click=${() => this.#select(group, sample.id)}
              >
                ${sample.label}
              </button>`,
          )}
        </div>
        ${
          // Beside the tabs, not over the code: it copies the sample on show.
          current?.code === undefined
            ? nothing
            : html`<span class="copy">
                ${this.#options.confirmation(group)}
                <button
                  type="button"
                  id="${group}-copy"
                  part="copy-button"
                  aria-label="${this.#options.copyLabel()} ${current.label}"
                  @click=${() => this.#options.copy(group, { ...current, code: current.code! })}
                >
                  ${this.#options.copyLabel()}
                </button>
              </span>`
        }
      </div>
      ${samples.map(
        (sample) =>
          html`<div
            class="panel"
            role="tabpanel"
            id="${group}-panel-${sample.id}"
            aria-labelledby="${group}-tab-${sample.id}"
            ?hidden=${sample.id !== selected}
          >
            <p class="print-only">${sample.label}</p>
            ${
              sample.code === undefined
                ? this.#options.pending()
                : html`<pre part="code"><code>${sample.code}</code></pre>`
            }
          </div>`,
      )}
    </div>`;
  }

  #current(group: string, samples: readonly CodeSample[]): string | undefined {
    const chosen = this.#selected.get(group);
    return samples.some((sample) => sample.id === chosen) ? chosen : samples[0]?.id;
  }

  #select(group: string, id: string): void {
    this.#selected.set(group, id);
    this.#host.requestUpdate();
  }

  #onKey(event: KeyboardEvent, group: string, samples: readonly CodeSample[]): void {
    const index = samples.findIndex((sample) => sample.id === this.#current(group, samples));
    const rtl = getComputedStyle(this.#host).direction === 'rtl';
    const step: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 };
    let next: number;
    if (event.key in step)
      next = (index + (step[event.key] as number) + samples.length) % samples.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = samples.length - 1;
    else return;
    event.preventDefault();
    const sample = samples[next]!;
    this.#select(group, sample.id);
    void this.#host.updateComplete.then(() =>
      this.#host.renderRoot.querySelector<HTMLElement>(`#${group}-tab-${sample.id}`)?.focus(),
    );
  }
}
