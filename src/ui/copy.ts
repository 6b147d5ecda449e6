/**
 * Copies text to the clipboard: the async clipboard API, or, where it is missing or
 * refused (an insecure page, no permission), a hidden textarea and `execCommand`.
 * `within` holds the textarea, so it is inside an open modal dialog's focus trap.
 * Resolves with whether the text was copied.
 */
export async function copyText(text: string, within: ParentNode): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    within.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    return copied;
  }
}
