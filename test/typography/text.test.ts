// The whole pass on the 2010 section's text.

import { typographText } from '../../src/typography/index.ts';
import { testCases } from './cases.ts';

testCases('2010 section', typographText, [
  {
    input:
      'W 2010 roku Urząd do Spraw Cudzoziemców przystąpił do „European Network of Asylum Reception Organisations ” ' +
      '(ENARO) w skład której wchodzi 15 państw UE oraz Szwajcaria i Norwegia. Od grudnia 2010r. Urząd uczestniczy ' +
      'w projekcie „Reception Expert Teams", realizowanym przez holenderską Centralną Agencję ds. Azylu (COA) ' +
      'oraz partnerów.',
    expected:
      'W\u00a02010\u00a0roku Urząd do Spraw Cudzoziemców przystąpił do „European Network of Asylum Reception ' +
      'Organisations” (ENARO) w\u00a0skład której wchodzi 15\u00a0państw UE oraz Szwajcaria i\u00a0Norwegia. ' +
      'Od grudnia 2010\u00a0r. Urząd uczestniczy w\u00a0projekcie „Reception Expert Teams”, realizowanym przez ' +
      'holenderską Centralną Agencję ds.\u00a0Azylu (COA) oraz partnerów.',
  },
  {
    input:
      'Do szczególnie istotnych elementów tej współpracy można zaliczyć program „Standard Operating Procedures ' +
      'on Sexual Gender Based Violence”, realizowany nie tylko przez Urząd i UNHCR, ale i Komendę Główną Policji, ' +
      'Fundację „La Strada", Fundację „Ocalenie” i Centrum Pomocy Prawnej im. Haliny Nieć.',
    expected:
      'Do szczególnie istotnych elementów tej współpracy można zaliczyć program „Standard Operating Procedures ' +
      'on Sexual Gender Based Violence”, realizowany nie tylko przez Urząd i\u00a0UNHCR, ale i\u00a0Komendę Główną ' +
      'Policji, Fundację „La Strada”, Fundację „Ocalenie” i\u00a0Centrum Pomocy Prawnej im.\u00a0Haliny Nieć.',
  },
  {
    input: 'W ramach różnych inicjatyw, podejmowanych przez GDISC, Urząd – między innymi – współrealizował',
    expected: 'W\u00a0ramach różnych inicjatyw, podejmowanych przez GDISC, Urząd\u00a0– między innymi\u00a0– współrealizował',
  },
]);
