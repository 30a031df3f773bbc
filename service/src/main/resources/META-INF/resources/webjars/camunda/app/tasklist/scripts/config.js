// Samspill's settings for Camunda Tasklist (Camunda's customisation point; the webapp reads this file at start).
// Staff's language follows the browser: Norwegian bokmål, nynorsk, Danish or English, else bokmål.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'Samspill'
  },
  locales: {
    availableLocales: ['nb', 'nn', 'da', 'en'],
    fallbackLocale: 'nb'
  },
  dateFormat: {
    normal: 'LLL',
    long: 'LLLL'
  },
  disableWelcomeMessage: true,
  // the "Historikk" tab (scripts/task-history.js) in place of Camunda's, which index.html leaves out
  customScripts: ['scripts/task-history'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'ta den valgte oppgaven / tag den valgte opgave'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'gå til det første filteret / gå til det første filter'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'gå til den første oppgaven i lista / gå til den første opgave på listen'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'gå til det første feltet i skjemaet / gå til det første felt i formularen'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'start en prosess / start en proces'
    }
  }
};
