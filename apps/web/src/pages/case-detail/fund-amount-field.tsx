import { Input } from 'antd';
import type { FormRule, InputProps } from 'antd';
import { fieldCheck } from '../../components/field-check.js';
import type { Translate } from '../../i18n/i18n-context.js';
import { yuanToFen } from './control-values.js';
import { formatFen } from './network-inquiry-values.js';

/** An amount typed in yuan: required, positive, at most two decimals and, when given, at most `maxFen`. */
export function amountRules(t: Translate, maxFen: number | null): FormRule[] {
  return [
    {
      required: true,
      validator: fieldCheck<string>((v) => {
        const fen = yuanToFen(v);
        if (fen === null) return t('funds.amountInvalid');
        return maxFen !== null && fen > maxFen ? t('funds.amountTooBig', { amount: formatFen(maxFen) }) : null;
      }),
    },
  ];
}

/** The amount field itself: decimal keyboard, digits lined up, 元 after it. */
export function AmountInput({ lang, ...props }: InputProps & { lang: 'zh' | 'en' }) {
  return <Input {...props} inputMode="decimal" autoComplete="off" suffix={lang === 'zh' ? '元' : 'yuan'} className="zx-amount" style={{ width: 280 }} />;
}
