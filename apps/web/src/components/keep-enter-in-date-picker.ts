import type { KeyboardEvent } from 'react';

/** A form's onKeyDown: Enter in a date field would send the form before the date is picked (stack-notes.md). */
export function keepEnterInDatePicker(event: KeyboardEvent): void {
  if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.closest('.ant-picker')) event.preventDefault();
}
