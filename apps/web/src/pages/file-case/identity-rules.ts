import type { FormRule } from 'antd';
import { fieldCheck } from '../../components/field-check.js';
import type { Translate } from '../../i18n/i18n-context.js';
import { checkResidentId } from '../../validation/resident-id.js';
import { checkCreditCode } from '../../validation/credit-code.js';

/**
 * Inline checks of identity numbers: a wrong character or check digit shows as soon as it is
 * typed; a short number only when the person leaves the field (so typing is not nagged).
 */
export function residentIdRules(t: Translate): FormRule[] {
  return [
    { required: true, whitespace: true, message: t('party.idNumber.required') },
    {
      validateTrigger: ['onChange', 'onBlur'],
      validator: fieldCheck<string>((value) => {
        const v = (value ?? '').trim();
        if (!v) return null;
        if (!/^\d{0,17}[\dxX]?$/.test(v) || (v.length < 18 && /[xX]/.test(v))) return t('party.idNumber.characters');
        if (v.length < 18) return null;
        const problem = checkResidentId(v);
        return problem ? t(`party.idNumber.${problem}`) : null;
      }),
    },
    {
      validateTrigger: 'onBlur',
      validator: fieldCheck<string>((value) => {
        const v = (value ?? '').trim();
        return v && v.length !== 18 ? t('party.idNumber.length') : null;
      }),
    },
  ];
}

export function creditCodeRules(t: Translate): FormRule[] {
  return [
    { required: true, whitespace: true, message: t('party.creditCode.required') },
    {
      validateTrigger: ['onChange', 'onBlur'],
      validator: fieldCheck<string>((value) => {
        const v = (value ?? '').trim().toUpperCase();
        if (!v) return null;
        if (!/^[0-9A-HJ-NPQRTUWXY]*$/.test(v)) return t('party.creditCode.characters');
        if (v.length < 18) return null;
        const problem = checkCreditCode(v);
        return problem ? t(`party.creditCode.${problem}`) : null;
      }),
    },
    {
      validateTrigger: 'onBlur',
      validator: fieldCheck<string>((value) => {
        const v = (value ?? '').trim();
        return v && v.length !== 18 ? t('party.creditCode.length') : null;
      }),
    },
  ];
}
