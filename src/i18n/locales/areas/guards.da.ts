/** Danish strings for the guards of issue 12: read-aloud on the device only, safe updates. */
export const guardsDa = {
  /** After a merge was refused because the pack holds ids of another book on this device. */
  importAsNew: 'Hent den ind som en ny bog',
  speech: {
    read: 'Læs højt',
    stop: 'Stop',
    readLabel: 'Læs højt: {{title}}',
    stopLabel: 'Stop: {{title}}',
    /** The book's language, as it reads inside `noLocalVoice`. */
    languages: { da: 'dansk', en: 'engelsk' },
    noLocalVoice:
      'Denne enhed har ingen stemme, der kan læse {{language}} højt uden at sende teksten til en tjeneste på internettet. Derfor bliver der ikke læst højt.',
  },
  update: {
    unsaved:
      'Noget er ikke gemt endnu, eller der bliver hentet eller lavet noget lige nu. Hvis du opdaterer nu, går det tabt.',
    updateAnyway: 'Opdatér alligevel',
    wait: 'Vent',
  },
};
