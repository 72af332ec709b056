/**
 * The prompt text Word (and Excel's form templates) leave in a content control nobody filled in: a plan drafted as a
 * Word form and pasted into a workbook keeps it as the cell's text ("Click or tap to enter a date." in every "Date
 * completed" nobody filled in, "Choose an item." in a drop-down nobody chose from). It says nothing: the cell is read
 * as empty.
 */
export const FORM_PLACEHOLDERS: readonly string[] = [
  'click or tap here to enter text',
  'click or tap to enter a date',
  'click or tap here to enter a date',
  'choose an item',
  'click or tap to choose an item',
  // (Word 2010-2016's wording)
  'click here to enter text',
  'click here to enter a date',
  'click here to choose an item',
];

const PLACEHOLDER = new RegExp(`^\\s*(?:${FORM_PLACEHOLDERS.join('|')})\\.?\\s*$`, 'i');

/**
 * True when a cell holds only a form's prompt text (see `FORM_PLACEHOLDERS`).
 * @example isFormPlaceholder('Click or tap to enter a date.') // true
 * @example isFormPlaceholder('Choose an item') // true
 * @example isFormPlaceholder('Choose an item from the list agreed by the Board') // false
 */
export function isFormPlaceholder(text: string): boolean {
  // most cells are longer or shorter than any prompt, or open otherwise: one look says so
  if (text.length < 14 || text.length > 40) return false;
  const c = text.charCodeAt(0) | 32;
  return (c === 99 || c === 32) && PLACEHOLDER.test(text);
}
