/** The words both bins share: the timeline's and the one of every kind of memory (photos, ...). */
export const binDa = {
  toBin: 'Læg i skraldespanden',
  binned: '“{{title}}” er lagt i skraldespanden. Du kan lægge det tilbage i 30 dage.',
  undo: 'Fortryd',
  empty: 'Skraldespanden er tom.',
  daysLeft_one: 'Forsvinder om {{count}} dag',
  daysLeft_other: 'Forsvinder om {{count}} dage',
  restore: 'Læg tilbage',
  restoreLabel: 'Læg tilbage: {{title}}',
  deleteForever: 'Slet for altid',
  deleteForeverLabel: 'Slet for altid: {{title}}',
  confirm: 'Vil du slette “{{title}}” for altid? Det kan ikke fortrydes.',
  confirmYes: 'Ja, slet for altid',
  confirmNo: 'Nej, behold det',
};
