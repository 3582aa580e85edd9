/** The rules of the forms' fields, with messages in the page's language (antd shows them under the field). */
import type { FormRule } from 'antd';
import type { PortalMessageKey } from '../portal-messages.js';

type T = (key: PortalMessageKey, vars?: Readonly<Record<string, string | number>>) => string;

/** A label inside a sentence: “Please enter full name” (an initialism such as “ID number” keeps its capitals; Chinese has none). */
export const inSentence = (label: string): string => (/^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label);

/** “请填写姓名” / “Please enter full name”. */
export const requiredMessage = (t: T, label: PortalMessageKey): string => t('required', { field: inSentence(t(label)) });

/** Required text of at most `max` characters (the contract's `writing(max)`). */
export const requiredText = (t: T, label: PortalMessageKey, max: number): FormRule[] => [
  { required: true, whitespace: true, message: requiredMessage(t, label) },
  { max, message: t('tooLong', { max }) },
];

/** “请选择异议类型” / “Please choose kind of objection”, or a message of its own. */
export const requiredChoice = (t: T, label: PortalMessageKey, message?: PortalMessageKey): FormRule[] => [{ required: true, message: message ? t(message) : t('chooseField', { field: inSentence(t(label)) }) }];

/** A case number as the server takes it: 6 to 60 characters (it finds the case by it). */
export const caseNumberRules = (t: T, required: boolean): FormRule[] => [
  ...(required ? [{ required: true, whitespace: true, message: requiredMessage(t, 'caseNumber') }] : []),
  { min: 6, max: 60, message: t('caseNumberInvalid'), transform: (v?: string) => v?.trim() },
];
