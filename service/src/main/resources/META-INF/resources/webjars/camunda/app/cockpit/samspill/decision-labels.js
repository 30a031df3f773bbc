// Samspill's Cockpit plugin: a decision table's labels (its name, its columns, its rules' descriptions) in the
// administrator's language. The DMN file keeps them in bokmål, as Modeler shows them; the translations are Samspill's
// dictionaries of staff texts (texts/nn.json, texts/da.json), the same ones the task forms use.

// Cockpit's own choice, repeated: the first of the browser's languages that Cockpit offers (config.js), else bokmål.
const COCKPIT_LOCALES = ['nb', 'da', 'en'];
const TRANSLATED = ['nn', 'da'];

function cockpitLanguage() {
  const preferred = (navigator.languages || [navigator.language])
    .map(tag => tag.toLowerCase().split('-')[0])
    .find(language => COCKPIT_LOCALES.includes(language));
  return preferred || 'nb';
}

const dictionary = TRANSLATED.includes(cockpitLanguage())
  ? fetch('/texts/' + cockpitLanguage() + '.json').then(answer => (answer.ok ? answer.json() : {}))
  : Promise.resolve({});

function translateTexts(root, translations) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const translation = translations[node.nodeValue.trim()];
    if (translation) {
      node.nodeValue = node.nodeValue.replace(node.nodeValue.trim(), translation);
    }
  }
}

// dmn-js draws the table after this is called and again on every change, so translate each time it does.
function translateDecisionTables() {
  dictionary.then(translations => {
    document.querySelectorAll('[decision-table]').forEach(table => {
      translateTexts(table, translations);
      if (!table.samspillTranslating) {
        table.samspillTranslating = new MutationObserver(() => translateTexts(table, translations));
        table.samspillTranslating.observe(table, { childList: true, subtree: true, characterData: true });
      }
    });
  });
}

const decisionLabels = pluginPoint => ({
  id: 'samspillDecisionLabels-' + pluginPoint,
  pluginPoint,
  priority: 0,
  // Table plugins are called through initialize, once the table is drawn; render gets the viewer, not a node
  initialize: translateDecisionTables,
  render: () => {}
});

export default [
  decisionLabels('cockpit.decisionDefinition.table'),
  decisionLabels('cockpit.decisionInstance.table')
];
