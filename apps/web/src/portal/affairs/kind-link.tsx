import { RightOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { usePortalI18n } from '../portal-i18n.js';
import { KIND_WORDS, type SubmissionKind } from './affairs-kinds.js';

/** One thing to hand in, as one large link: its name, what it is for, and the court's time limit. */
export function KindLink({ kind, to, headingLevel }: { kind: SubmissionKind; to: string; headingLevel: 2 | 3 }) {
  const { t, punct } = usePortalI18n();
  const words = KIND_WORDS[kind];
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <Link to={to} className="zx-portal-affair" data-kind={kind}>
      <span className="zx-portal-affair-text">
        <Heading className="zx-portal-affair-title">{t(words.title)}</Heading>
        <span className="zx-portal-affair-what">{t(words.what)}</span>
        <span className="zx-portal-affair-limit">
          {t('timeLimit')}
          {punct.colon}
          {t(words.limit)}
        </span>
      </span>
      <RightOutlined aria-hidden className="zx-portal-affair-arrow" />
    </Link>
  );
}
