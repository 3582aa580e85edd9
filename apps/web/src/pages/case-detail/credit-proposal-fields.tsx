import { Checkbox, Form, Input, Radio, Select, Space, Typography } from 'antd';
import type { CaseDetailReply } from '../../api/endpoints.js';
import { useI18n } from '../../i18n/i18n-context.js';
import { PARTY_KIND_LABELS } from '../../i18n/labels.js';
import {
  CONSUMPTION_BOUND_ROLES,
  EXIT_BOUND_ROLES,
  LISTING_AGGRAVATION_LABELS,
  LISTING_GROUND_LABELS,
  type ListingGround,
  type MeasureKind,
} from '../../i18n/labels-credit.js';
import { keysOf } from '../../i18n/labels.js';
import { groundText, monthsText, yearsText } from '../../i18n/credit-texts.js';
import { ATTESTATIONS, type ProposalValues } from './credit-proposal-values.js';
import { BoundPersonsField } from './bound-persons-field.js';

type Party = CaseDetailReply['parties'][number];

const GROUNDS = keysOf(LISTING_GROUND_LABELS);
const AGGRAVATIONS = keysOf(LISTING_AGGRAVATION_LABELS);
const MONTHS = [0, 1, 2, 3] as const;
const vertical = { display: 'flex', flexDirection: 'column', gap: 6 } as const;

/** The fields of one kind of proposal; those that do not apply to the chosen ground or debtor are not shown. */
export function CreditProposalFields({ kind, debtors }: { kind: MeasureKind; debtors: readonly Party[] }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const debtorId = Form.useWatch<ProposalValues['debtorPartyId']>('debtorPartyId');
  const ground = Form.useWatch<ListingGround | undefined>('ground');
  const extensionYears = Form.useWatch<number | undefined>('extensionYears') ?? 0;
  const basis = Form.useWatch<ProposalValues['basis']>('basis') ?? 'applicant';
  const debtor = debtors.find((d) => d.id === debtorId);
  const organisation = debtor?.kind === 'organisation';
  const listing = kind === 'dishonestListing';

  return (
    <>
      <Form.Item name="debtorPartyId" label={t('credit.form.debtor')} rules={[{ required: true, message: t('credit.form.debtorRequired') }]}>
        <Select options={debtors.map((d) => ({ value: d.id, label: t('common.nameWithRole', { name: d.name, role: PARTY_KIND_LABELS[d.kind][lang] }) }))} />
      </Form.Item>

      {listing ? (
        <Form.Item name="ground" label={t('credit.form.ground')} extra={t('credit.form.groundHint')} rules={[{ required: true, message: t('credit.form.groundRequired') }]}>
          <Radio.Group style={vertical}>
            {GROUNDS.map((g) => (
              <Radio key={g} value={g}>
                {groundText(g, i18n)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
      ) : null}

      {listing && ground === 'ableButRefuses' ? (
        <Form.Item name="attestations" label={t('credit.form.attestations')} extra={t('credit.form.attestationsHint')}>
          <Checkbox.Group style={vertical}>
            {ATTESTATIONS.map((a) => (
              <Checkbox key={a} value={a}>
                {t(`credit.attestation.${a}`)}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
      ) : null}

      <Form.Item
        name="facts"
        label={t('credit.form.facts')}
        extra={t('credit.form.factsHint')}
        rules={[
          { required: true, whitespace: true, message: t('credit.form.factsRequired') },
          { min: 4, message: t('credit.form.factsRequired') },
          { max: 4000 },
        ]}
      >
        <Input.TextArea rows={3} showCount maxLength={4000} placeholder={t(`credit.form.factsPlaceholder.${kind}`)} />
      </Form.Item>

      {kind !== 'exitRestriction' ? (
        <Form.Item name="gracePeriodMonths" label={t('credit.form.grace')} extra={t('credit.form.graceHint')}>
          <Radio.Group optionType="button" options={MONTHS.map((m) => ({ value: m, label: m === 0 ? t('credit.form.graceNone') : monthsText(m, i18n) }))} />
        </Form.Item>
      ) : null}

      {listing && ground !== undefined && ground !== 'ableButRefuses' ? (
        <>
          <Form.Item name="extensionYears" label={t('credit.form.extension')} extra={t('credit.form.extensionHint')}>
            <Radio.Group optionType="button" options={MONTHS.map((y) => ({ value: y, label: y === 0 ? t('credit.form.extensionNone') : yearsText(y, i18n) }))} />
          </Form.Item>
          {extensionYears > 0 ? (
            <Form.Item name="aggravation" label={t('credit.form.aggravation')} rules={[{ required: true, message: t('credit.form.aggravationRequired') }]}>
              <Radio.Group style={vertical}>
                {AGGRAVATIONS.map((a) => (
                  <Radio key={a} value={a}>
                    {LISTING_AGGRAVATION_LABELS[a][lang]}
                  </Radio>
                ))}
              </Radio.Group>
            </Form.Item>
          ) : null}
        </>
      ) : null}

      <Form.Item name="basis" label={t('credit.form.basis')}>
        <Radio.Group>
          <Space wrap>
            <Radio value="applicant">{t('credit.basis.applicant')}</Radio>
            <Radio value="exOfficio">{t('credit.basis.exOfficio')}</Radio>
          </Space>
        </Radio.Group>
      </Form.Item>
      {kind === 'exitRestriction' && basis === 'exOfficio' ? (
        <Form.Item
          name="exOfficioReason"
          label={t('credit.form.exOfficioReason')}
          extra={t('credit.form.exOfficioReasonHint')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('credit.form.exOfficioReasonRequired') }, { max: 1000 }]}
        >
          <Input.TextArea rows={2} showCount maxLength={1000} />
        </Form.Item>
      ) : null}

      {kind === 'consumptionRestriction' && organisation ? (
        <BoundPersonsField roles={CONSUMPTION_BOUND_ROLES} legend={t('credit.persons.consumption')} hint={t('credit.persons.consumptionHint')} required />
      ) : null}
      {kind === 'exitRestriction' && debtor ? (
        organisation ? (
          <BoundPersonsField roles={EXIT_BOUND_ROLES} legend={t('credit.persons.exit')} hint={t('credit.persons.exitHint')} required />
        ) : (
          <BoundPersonsField roles={['statutoryAgent']} legend={t('credit.persons.statutoryAgent')} hint={t('credit.persons.statutoryAgentHint')} required={false} />
        )
      ) : null}
      {listing && organisation ? (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('credit.form.listingOrganisationNote')}
        </Typography.Paragraph>
      ) : null}
    </>
  );
}
