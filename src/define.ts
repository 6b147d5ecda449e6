/**
 * Registers a custom element unless the tag is taken. Two copies of the library on one
 * page (an agency bundle plus a CDN script, say) then warn instead of throwing.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (!existing) {
    registry.define(tag, element);
  } else if (existing !== element) {
    console.warn(
      `[ld] <${tag}> is already defined, probably by another copy of this library. Keeping the first.`,
    );
  }
}
