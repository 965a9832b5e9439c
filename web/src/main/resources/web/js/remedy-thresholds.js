// The remedies' parameters a teacher can change for the article's and the over-regulation policies
// (sent as policySettings; an empty box or "as the policy says" keeps the preset's value), as one
// more group of the teacher console's regulator thresholds. Built when asked, in the UI's language.

import {t} from './i18n.js';

export function remedyThresholdGroup() {
  const choice = [['', t('remedies.thresholds.asPolicy')], ['true', t('remedies.thresholds.yes')],
    ['false', t('remedies.thresholds.no')]];
  return {label: t('remedies.thresholds.group'), policies: ['article', 'over-regulation'], fields: [
    {name: 'publicFarms', label: t('remedies.thresholds.publicFarms'), choice, hint: t('remedies.thresholds.publicFarmsHint')},
    {name: 'basicResearchCents', label: t('remedies.thresholds.basicResearch'), def: 3000, step: '100', cents: true,
      hint: t('remedies.thresholds.basicResearchHint')},
    {name: 'grantCents', label: t('remedies.thresholds.grants'), def: 0, step: '100', cents: true,
      hint: t('remedies.thresholds.grantsHint')},
    {name: 'safetyStandard', label: t('remedies.thresholds.safetyStandard'), def: 500, step: '10',
      hint: t('remedies.thresholds.safetyStandardHint')},
    {name: 'levyBasisPoints', label: t('remedies.thresholds.levy'), def: 300, step: '10', hint: t('remedies.thresholds.levyHint')},
    {name: 'coordinationThreshold', label: t('remedies.thresholds.coordination'), def: 1.25, step: '0.05',
      hint: t('remedies.thresholds.coordinationHint')},
    {name: 'banConsortia', label: t('remedies.thresholds.banConsortia'), choice, hint: t('remedies.thresholds.banConsortiaHint')},
  ]};
}
