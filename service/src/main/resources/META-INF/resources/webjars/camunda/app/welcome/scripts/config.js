// Samspill's settings for Camunda's welcome page (Camunda's customisation point; the webapp reads this file at start).
// The language follows the browser: Norwegian bokmål, nynorsk, Danish or English, else bokmål.
export default {
  app: {
    name: 'Velkommen',
    vendor: 'Samspill'
  },
  locales: {
    availableLocales: ['nb', 'nn', 'da', 'en'],
    fallbackLocale: 'nb'
  },
  disableWelcomeMessage: true
};
