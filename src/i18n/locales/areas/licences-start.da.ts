/** The link to the page, on the shelf and in the settings: the start page loads only this. */
export const licencesStartDa = {
  link: 'Licenser og ophavsret',
};
