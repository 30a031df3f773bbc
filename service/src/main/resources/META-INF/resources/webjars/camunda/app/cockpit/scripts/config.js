// Samspill's settings for Camunda Cockpit (Camunda's customisation point; the webapp reads this file at start).
// Administrators' language follows the browser: Norwegian bokmål, Danish or English, else bokmål.
export default {
  app: {
    name: 'Cockpit',
    vendor: 'Samspill'
  },
  locales: {
    availableLocales: ['nb', 'da', 'en'],
    fallbackLocale: 'nb'
  },
  // Samspill's plugin: decision tables' labels in the administrator's language (file in cockpit/samspill/)
  customScripts: ['samspill/decision-labels'],
  disableWelcomeMessage: true
};
