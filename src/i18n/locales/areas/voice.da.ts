/** Danish strings of the voice recorder and of voice notes wherever they are told or played. */
export const voiceDa = {
  recorder: {
    label: 'Optag med din stemme',
    record: 'Optag',
    stop: 'Stop',
    recordAgain: 'Optag igen',
    save: 'Gem',
    cancel: 'Fortryd',
    level: 'Lydniveau',
    time: 'Tid',
    asking: 'Giv lov til at bruge mikrofonen …',
    recording: 'Optager. Tryk på Stop, når du er færdig.',
    stopped: 'Optagelsen er stoppet. Den varer {{time}}.',
    limitReached:
      'Optagelsen stoppede af sig selv efter {{limit}}. Så lang kan en lydbesked højst være.',
    listen: 'Hør din optagelse',
    limitMinutes_one: '{{count}} minut',
    limitMinutes_other: '{{count}} minutter',
    saving: 'Gemmer …',
    saved: 'Lydbeskeden er gemt.',
    saveFailed: 'Lydbeskeden blev ikke gemt. {{reason}}',
    notClean:
      'Livsbog kunne ikke fjerne browserens navn fra optagelsen. Prøv at optage igen, eller brug en anden browser.',
    problems: {
      denied:
        'Mikrofonen må ikke bruges. Giv lov i browserens indstillinger for siden, og prøv igen.',
      noMicrophone: 'Der er ingen mikrofon. Sæt en i, eller brug en anden enhed.',
      busy: 'Mikrofonen bruges af et andet program. Luk det, og prøv igen.',
      unsupported: 'Denne browser kan ikke optage lyd. Prøv en nyere browser.',
      failed: 'Optagelsen gik i stå. Intet er gemt. Prøv igen.',
      empty: 'Der kom ingen lyd med. Prøv igen.',
      tooBig: 'Optagelsen er for stor til at gemme. Prøv en kortere.',
      unknownType: 'Optagelsen kom i et format, bogen ikke kan gemme. Prøv en anden browser.',
    },
  },
  note: {
    title: 'Lydminde fra {{when}}',
    play: 'Lydbesked, {{time}}',
    damaged: 'Lydbeskeden kan ikke åbnes.',
    needsReload: 'Genindlæs siden for at høre lydbeskeden.',
  },
  road: {
    tell: 'Fortæl med din stemme',
    heading: 'Fortæl et minde med din stemme',
    intro: 'Tryk på den store knap, og fortæl. Du behøver ikke skrive noget.',
    back: 'Tilbage',
  },
  meNow: {
    answer: 'Svar med din stemme',
    answered: 'Dit svar med din stemme',
    remove: 'Fjern lydsvaret',
  },
  attach: {
    add: 'Tilføj en lydbesked',
    heading: 'Lydbeskeder',
  },
};
