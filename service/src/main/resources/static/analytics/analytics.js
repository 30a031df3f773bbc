// Samspill's analytics page: logs the evaluator in against the API (HTTP Basic, kept in memory only, or the session of
// a sign-in at the municipality's identity provider) and draws
// the figures the API computes from the event log. Texts follow the browser's language: bokmål, nynorsk, Danish.
(function () {
  'use strict';

  const TEXTS = {
    nn: {
      title: 'Evaluering av samorganiseringsmodellar', login: 'Logg inn', user: 'Brukarnamn', password: 'Passord',
      noAccess: 'Du er logga inn, men er ikkje evaluator for nokon kommune. Be IT-avdelinga i kommunen om tilgang.',
      loginFailed: 'Feil brukarnamn eller passord.', from: 'Frå', to: 'Til', show: 'Vis',
      models: 'Modellane side om side', model: 'Modell', inquiries: 'Førespurnader',
      firstContact: 'Løyst ved første kontakt', referrals: 'Tilvisingar per førespurnad',
      handovers: 'Overleveringar per førespurnad', notLocal: 'Ikkje handtert lokalt',
      median: 'Median tid til løysing (min)', p90: '90-persentil (min)', csv: 'Last ned CSV',
      satisfaction: 'Tilfredsheit (1–5)',
      series: 'Over tid, per tenestestad', servicePoint: 'Tenestestad',
      matrix: 'Tilvisingar og overleveringar mellom einingar', change: 'Modellendring', fromUnit: 'Frå \\ til',
      replayRunning: 'Analysane blir bygde på nytt frå hendingsloggen: ', replayDone: 'Bygd frå hendingsloggen.',
      partnerships: 'Partnarskap no, per bibliotek', municipality: 'Kommune', active: 'Aktive',
      bySector: 'Aktive etter sektor', evaluationsOnTime: 'Evalueringar i tide', evaluationsLate: 'Evalueringar for seint',
      ended: 'Avslutta, med grunn', screenedOut: 'Stoppa ved screeninga', county: 'Fylke', alliances: 'Alliansar',
      jointMeasures: 'Felles tiltak', projects: 'Prosjekt', regionalOrganisations: 'Regionale organisasjonar',
      sameMix: 'Løyst ved første kontakt, same miks', covers: 'dekkjer', noClearDifference: 'ingen klar skilnad mellom',
      and: 'og', abandoned: 'Gått før hjelp', otherModel: 'Annan modell', ask: 'Rekn ut',
      whatIfFor: 'Kva om {place} gjekk over til {model}?', routesWould: 'Rutingane ville blitt',
      expectedFirstContact: 'Venta løyst ved første kontakt', basedOn: 'bygd på {n} førespurnader',
      notLocalWould: 'Ikkje handtert lokalt', whatIf: 'Kva om tenestestaden gjekk over til ein annan modell?',
      tooThin: 'For få førespurnader med slik ruting der modellen er i bruk til å gi eit overslag.',
      noInquiries: 'Tenestestaden registrerte ingen førespurnader i perioden.', inPeriod: 'i perioden',
      routeOnly: '{n} av dei berre etter ruting', whatIfFailed: 'Kunne ikkje rekne ut.',
      whatIfHelp: 'Tenestestaden sine eigne førespurnader i perioden går gjennom den same rutingsavgjerda som '
        + 'prosessane brukar, men med den andre modellen. Venta løysing ved første kontakt byggjer på korleis '
        + 'førespurnader med same ruting, teneste og kanal gjekk der den modellen er i bruk.',
      uncertainty: 'I parentes: 95 %-intervall (Wilson for delar, ordensstatistikk for medianen). Der intervalla '
        + 'til to modellar overlappar, viser tala ingen klar skilnad. «Same miks» vekter kvar modell til den same '
        + 'blandinga av tenester og kanalar (heile perioden samla), så modellane blir samanlikna på like vilkår.'
    },
    da: {
      title: 'Evaluering af samorganiseringsmodeller', login: 'Log ind', user: 'Brugernavn', password: 'Adgangskode',
      noAccess: 'Du er logget ind, men er ikke evaluator for nogen kommune. Bed kommunens IT-afdeling om adgang.',
      loginFailed: 'Forkert brugernavn eller adgangskode.', from: 'Fra', to: 'Til', show: 'Vis',
      models: 'Modellerne side om side', model: 'Model', inquiries: 'Henvendelser',
      firstContact: 'Løst ved første kontakt', referrals: 'Henvisninger pr. henvendelse',
      handovers: 'Overdragelser pr. henvendelse', notLocal: 'Ikke håndteret lokalt',
      median: 'Median tid til løsning (min)', p90: '90-percentil (min)', csv: 'Hent CSV',
      satisfaction: 'Tilfredshed (1–5)',
      series: 'Over tid, pr. betjeningssted', servicePoint: 'Betjeningssted',
      matrix: 'Henvisninger og overdragelser mellem enheder', change: 'Modelskifte', fromUnit: 'Fra \\ til',
      replayRunning: 'Analyserne genopbygges fra hændelsesloggen: ', replayDone: 'Bygget fra hændelsesloggen.',
      partnerships: 'Partnerskaber nu, pr. bibliotek', municipality: 'Kommune', active: 'Aktive',
      bySector: 'Aktive efter sektor', evaluationsOnTime: 'Evalueringer til tiden', evaluationsLate: 'Evalueringer for sent',
      ended: 'Afsluttet, med begrundelse', screenedOut: 'Stoppet ved screeningen', county: 'Amt/fylke',
      alliances: 'Alliancer', jointMeasures: 'Fælles tiltag', projects: 'Projekter',
      regionalOrganisations: 'Regionale organisationer',
      sameMix: 'Løst ved første kontakt, samme mix', covers: 'dækker', noClearDifference: 'ingen klar forskel mellem',
      and: 'og', abandoned: 'Gået før hjælp', otherModel: 'Anden model', ask: 'Beregn',
      whatIfFor: 'Hvad hvis {place} gik over til {model}?', routesWould: 'Ruterne ville blive',
      expectedFirstContact: 'Forventet løst ved første kontakt', basedOn: 'bygget på {n} henvendelser',
      notLocalWould: 'Ikke håndteret lokalt', whatIf: 'Hvad hvis betjeningsstedet gik over til en anden model?',
      tooThin: 'For få henvendelser med sådan rute, hvor modellen bruges, til at give et skøn.',
      noInquiries: 'Betjeningsstedet registrerede ingen henvendelser i perioden.', inPeriod: 'i perioden',
      routeOnly: '{n} af dem kun efter rute', whatIfFailed: 'Kunne ikke beregne.',
      whatIfHelp: 'Betjeningsstedets egne henvendelser i perioden sendes gennem den samme rutningsbeslutning, som '
        + 'processerne bruger, men med den anden model. Forventet løsning ved første kontakt bygger på, hvordan '
        + 'henvendelser med samme rute, ydelse og kanal gik, hvor den model bruges.',
      uncertainty: 'I parentes: 95 %-interval (Wilson for andele, ordensstatistik for medianen). Hvor to modellers '
        + 'intervaller overlapper, viser tallene ingen klar forskel. »Samme mix« vægter hver model til den samme '
        + 'blanding af ydelser og kanaler (hele perioden samlet), så modellerne sammenlignes på lige vilkår.'
    },
    nb: {
      change: 'Modellendring', fromUnit: 'Fra \\ til',
      replayRunning: 'Analysene bygges på nytt fra hendelsesloggen: ', replayDone: 'Bygget fra hendelsesloggen.',
      covers: 'dekker', noClearDifference: 'ingen klar forskjell mellom', and: 'og',
      whatIfFor: 'Hva om {place} gikk over til {model}?', routesWould: 'Rutingene ville blitt',
      expectedFirstContact: 'Forventet løst ved første kontakt', basedOn: 'bygget på {n} henvendelser',
      notLocalWould: 'Ikke håndtert lokalt',
      tooThin: 'For få henvendelser med slik ruting der modellen brukes, til å gi et anslag.',
      noInquiries: 'Betjeningsstedet registrerte ingen henvendelser i perioden.', inPeriod: 'i perioden',
      routeOnly: '{n} av dem bare etter ruting', whatIfFailed: 'Kunne ikke regne ut.'
    }
  };
  const MODELS = {
    nb: {'total-collaboration': 'Totalt samarbeid', 'one-door-in': 'En dør inn', 'hybrid': 'Hybrid', 'pac-man': 'PAC-man'},
    nn: {'total-collaboration': 'Totalt samarbeid', 'one-door-in': 'Ei dør inn', 'hybrid': 'Hybrid', 'pac-man': 'PAC-man'},
    da: {'total-collaboration': 'Totalt samarbejde', 'one-door-in': 'Én indgang', 'hybrid': 'Hybrid', 'pac-man': 'PAC-man'}
  };

  const language = (navigator.languages || [navigator.language]).map(l => l.toLowerCase().slice(0, 2))
    .map(l => (l === 'no' ? 'nb' : l)).find(l => TEXTS[l]) || 'nb';
  const text = key => (TEXTS[language][key] || document.querySelector('[data-text="' + key + '"]')?.textContent || key);
  document.documentElement.lang = language;
  if (language !== 'nb') {
    document.querySelectorAll('[data-text]').forEach(element => {
      const key = element.dataset.text;
      if (TEXTS[language][key]) element.textContent = TEXTS[language][key];
    });
    document.title = 'Samspill – ' + text('title');
  }
  const modelName = code => MODELS[language][code] || code;
  // Partner sectors and reasons for ending, by their API codes
  const CODES = {
    nb: {culture: 'kultur', education: 'utdanning', research: 'forskning', business: 'næringsliv',
      'civil-society': 'frivillig sektor', 'public-sector': 'offentlig sektor',
      'no-longer-serves-strategy': 'tjener ikke lenger strategien', 'results-reached': 'resultatene er nådd',
      'partner-withdrew': 'partneren trakk seg', 'lack-of-resources': 'mangler ressurser',
      generalist: 'generalist', library: 'biblioteket', 'citizen-service': 'servicetorget', shared: 'felles',
      staff: 'en kollega', none: 'ingen'},
    nn: {culture: 'kultur', education: 'utdanning', research: 'forsking', business: 'næringsliv',
      'civil-society': 'frivillig sektor', 'public-sector': 'offentleg sektor',
      'no-longer-serves-strategy': 'tener ikkje lenger strategien', 'results-reached': 'resultata er nådde',
      'partner-withdrew': 'partnaren trekte seg', 'lack-of-resources': 'manglar ressursar',
      generalist: 'generalist', library: 'biblioteket', 'citizen-service': 'servicetorget', shared: 'felles',
      staff: 'ein kollega', none: 'ingen'},
    da: {culture: 'kultur', education: 'uddannelse', research: 'forskning', business: 'erhvervsliv',
      'civil-society': 'frivillig sektor', 'public-sector': 'offentlig sektor',
      'no-longer-serves-strategy': 'tjener ikke længere strategien', 'results-reached': 'resultaterne er nået',
      'partner-withdrew': 'partneren trak sig', 'lack-of-resources': 'mangler ressourcer',
      generalist: 'generalist', library: 'biblioteket', 'citizen-service': 'borgerservice', shared: 'fælles',
      staff: 'en kollega', none: 'ingen'}
  };
  // A code from the API by its label in the reader's language; a unit's own name stays as it is
  const label = code => CODES[language][code] || code;
  const counted = counts => Object.entries(counts).map(([code, count]) => (CODES[language][code] || code) + ' ' + count)
    .join(', ') || '–';
  const tableRow = cells => {
    const tr = document.createElement('tr');
    cells.forEach(cell => tr.appendChild(Object.assign(document.createElement('td'), {textContent: cell})));
    return tr;
  };
  // Numbers as the reader writes them: a decimal comma in nb, nn and da
  const locale = {nb: 'nb-NO', nn: 'nn-NO', da: 'da-DK'}[language];
  const decimal = new Intl.NumberFormat(locale, {maximumFractionDigits: 2});
  const tenths = new Intl.NumberFormat(locale, {minimumFractionDigits: 1, maximumFractionDigits: 1});
  const absent = value => value === null || value === undefined;
  const percent = value => (absent(value) ? '–' : tenths.format(value * 100) + ' %');
  const number = value => (absent(value) ? '–' : decimal.format(value));
  const minutes = value => (absent(value) ? '–' : tenths.format(value));
  // A day as the reader writes it ("10. mars 2025"), from the API's ISO date (noon, so no zone moves the day)
  const dayFormat = new Intl.DateTimeFormat(locale, {day: 'numeric', month: 'short', year: 'numeric'});
  const day = iso => dayFormat.format(new Date(iso + 'T12:00:00'));
  // A figure with its 95 % interval in brackets, e.g. "71,7 % (68,1–75,0)"
  const within = (value, interval, format, scale) => (absent(value) ? '–' : format(value) + (interval
    ? ' (' + tenths.format(interval.low * scale) + '–' + tenths.format(interval.high * scale) + ')' : ''));

  // HTTP Basic from the form; none when signed in at the municipality's identity provider (the session's cookie)
  let authorization = null;
  const headers = () => Object.assign({'X-Requested-With': 'XMLHttpRequest'},
    authorization ? {Authorization: authorization} : {});
  const charts = {};

  async function api(path) {
    const response = await fetch('/api/v1/analytics/' + path, {headers: headers()});
    if (!response.ok) throw new Error(response.status);
    return response.json();
  }

  async function download(path, fileName) {
    const response = await fetch('/api/v1/analytics/' + path, {headers: headers()});
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(document.createElement('a'), {href: url, download: fileName});
    link.click();
    URL.revokeObjectURL(url);
  }

  function draw(id, config) {
    if (charts[id]) charts[id].destroy();
    charts[id] = new Chart(document.getElementById(id), config);
  }

  async function showModels(range) {
    const rows = await api('models?' + range + '&standardise=true');
    const body = document.querySelector('#models-table tbody');
    body.replaceChildren(...rows.map(row => {
      const m = row.measures;
      const same = row.standardised;
      return tableRow([modelName(row.model), number(m.inquiries),
        within(m.resolvedAtFirstContactShare, m.resolvedAtFirstContactInterval, percent, 100),
        same ? within(same.resolvedAtFirstContact.share, same.resolvedAtFirstContact.interval, percent, 100)
          + (same.coverage < 1 ? ', ' + text('covers') + ' ' + percent(same.coverage) : '') : '–',
        number(m.referralsPerInquiry), number(m.handoversPerInquiry),
        within(m.notHandledLocallyShare, m.notHandledLocallyInterval, percent, 100),
        within(m.abandonedShare, m.abandonedInterval, percent, 100),
        within(m.medianMinutesToResolution, m.medianMinutesInterval, minutes, 1), minutes(m.p90MinutesToResolution),
        absent(m.averageSatisfaction) ? '–' : number(m.averageSatisfaction) + ' (' + m.satisfactionResponses + ')']);
    }));
    // "No clear difference": one line per measure, each pair of models once
    const notes = [];
    [['resolvedAtFirstContactShare', 'firstContact'], ['notHandledLocallyShare', 'notLocal'],
      ['abandonedShare', 'abandoned']].forEach(([measure, label]) => {
      const pairs = rows.flatMap(row => (row.noClearDifference[measure] || []).filter(other => other > row.model)
        .map(other => modelName(row.model) + ' ' + text('and') + ' ' + modelName(other)));
      if (pairs.length) notes.push(text(label) + ': ' + text('noClearDifference') + ' ' + pairs.join('; '));
    });
    document.getElementById('no-clear-difference').replaceChildren(...notes.map(note =>
      Object.assign(document.createElement('li'), {textContent: note})));
    const intervals = measure => rows.map(row => row.measures[measure]);
    draw('models-chart', {
      type: 'bar',
      data: {
        labels: rows.map(row => modelName(row.model)),
        datasets: [
          {label: text('firstContact'), data: rows.map(row => (row.measures.resolvedAtFirstContactShare || 0) * 100),
            intervals: intervals('resolvedAtFirstContactInterval'), backgroundColor: '#2f5d6e'},
          {label: text('notLocal'), data: rows.map(row => (row.measures.notHandledLocallyShare || 0) * 100),
            intervals: intervals('notHandledLocallyInterval'), backgroundColor: '#d08c2f'}
        ]
      },
      options: {scales: {y: {beginAtZero: true, max: 100, title: {display: true, text: '%'}}}},
      plugins: [errorBars]
    });
  }

  // Each bar's 95 % interval drawn as a line with end caps (dataset.intervals: {low, high} as shares)
  const errorBars = {
    id: 'errorBars',
    afterDatasetsDraw(chart) {
      const context = chart.ctx;
      const y = chart.scales.y;
      chart.data.datasets.forEach((dataset, index) => {
        chart.getDatasetMeta(index).data.forEach((bar, i) => {
          const interval = dataset.intervals && dataset.intervals[i];
          if (!interval) return;
          const top = y.getPixelForValue(interval.high * 100);
          const bottom = y.getPixelForValue(interval.low * 100);
          context.save();
          context.strokeStyle = '#1d2b33';
          context.lineWidth = 1.5;
          context.beginPath();
          context.moveTo(bar.x, top); context.lineTo(bar.x, bottom);
          context.moveTo(bar.x - 5, top); context.lineTo(bar.x + 5, top);
          context.moveTo(bar.x - 5, bottom); context.lineTo(bar.x + 5, bottom);
          context.stroke();
          context.restore();
        });
      });
    }
  };

  async function showSeries(range) {
    const select = document.getElementById('service-point');
    if (!select.value) return;
    const [municipality, servicePoint] = select.value.split('/');
    const series = await api('service-points/' + municipality + '/' + servicePoint + '/series?' + range + '&period=week');
    const changeWeeks = series.modelChanges.map(change => change.effectiveFrom);
    draw('series-chart', {
      type: 'line',
      data: {
        labels: series.points.map(point => day(point.start)),
        datasets: [
          {label: text('inquiries'), data: series.points.map(point => point.inquiries), borderColor: '#2f5d6e', yAxisID: 'y'},
          {label: text('change'), type: 'bar', yAxisID: 'y',
            data: series.points.map((point, i) => {
              const end = series.points[i + 1] ? series.points[i + 1].start : '9999-12-31';
              return changeWeeks.some(day => day >= point.start && day < end) ? Math.max(...series.points.map(p => p.inquiries), 1) : null;
            }), backgroundColor: 'rgba(208, 140, 47, 0.45)'}
        ]
      },
      options: {scales: {y: {beginAtZero: true}}}
    });
    document.getElementById('changes').textContent = series.modelChanges.map(change =>
      text('change') + ' ' + day(change.effectiveFrom) + ': ' + modelName(change.previousModel) + ' → ' + modelName(change.model)
      + ' (' + change.decisionReference + ')').join('; ');
  }

  async function showMatrix(range) {
    const passings = await api('referrals?' + range);
    const from = [...new Set(passings.map(p => p.from))].sort();
    const to = [...new Set(passings.map(p => p.to))].sort();
    const head = document.querySelector('#matrix thead');
    const headRow = document.createElement('tr');
    [text('fromUnit'), ...to.map(label)].forEach(name => headRow.appendChild(Object.assign(document.createElement('th'), {textContent: name})));
    head.replaceChildren(headRow);
    document.querySelector('#matrix tbody').replaceChildren(...from.map(source => {
      const tr = document.createElement('tr');
      tr.appendChild(Object.assign(document.createElement('td'), {textContent: label(source)}));
      to.forEach(target => {
        const count = passings.filter(p => p.from === source && p.to === target).reduce((sum, p) => sum + p.count, 0);
        tr.appendChild(Object.assign(document.createElement('td'), {textContent: count || ''}));
      });
      return tr;
    }));
  }

  const ROUTES = {
    nb: {'serve-here': 'betjent her', 'send-to-desk': 'til rett skranke', 'refer-to-competence': 'til spesialist',
      'refer-to-other-location': 'til det andre stedet', 'route-out-digitally': 'til saksbehandling digitalt',
      'refer-outside': 'videre ut av huset'},
    nn: {'serve-here': 'betent her', 'send-to-desk': 'til rett skranke', 'refer-to-competence': 'til spesialist',
      'refer-to-other-location': 'til den andre staden', 'route-out-digitally': 'til sakshandsaming digitalt',
      'refer-outside': 'vidare ut av huset'},
    da: {'serve-here': 'betjent her', 'send-to-desk': 'til rette skranke', 'refer-to-competence': 'til specialist',
      'refer-to-other-location': 'til det andet sted', 'route-out-digitally': 'til sagsbehandling digitalt',
      'refer-outside': 'videre ud af huset'}
  };

  /** "What if?": the selected service point under another model, with the figure it rests on, or why none. */
  async function showWhatIf() {
    const select = document.getElementById('service-point');
    if (!select.value) return;
    const [municipality, servicePoint] = select.value.split('/');
    const model = document.getElementById('what-if-model').value;
    const range = 'from=' + document.getElementById('from').value + '&to=' + document.getElementById('to').value;
    const output = document.getElementById('what-if-answer');
    let answer;
    try {
      answer = await api('service-points/' + municipality + '/' + servicePoint + '/what-if?model=' + model + '&'
        + range);
    } catch (failed) {
      output.textContent = text('whatIfFailed');
      return;
    }
    document.getElementById('what-if-title').textContent = text('whatIfFor').replace('{place}', servicePoint)
      .replace('{model}', modelName(model).toLowerCase());
    const routes = Object.entries(answer.routes).map(([route, count]) => (ROUTES[language][route] || route) + ' '
      + count).join(', ') || '–';
    const expected = answer.expected;
    const figure = absent(expected.firstContactShare)
      ? text(expected.reasonCode === 'no-inquiries' ? 'noInquiries' : 'tooThin')
      : text('expectedFirstContact') + ': ' + within(expected.firstContactShare, expected.firstContactInterval,
        percent, 100) + ', ' + text('basedOn').replace('{n}', expected.basedOn)
        + (expected.matchedOnRouteOnly ? ', ' + text('routeOnly').replace('{n}', expected.matchedOnRouteOnly) : '')
        + ' (' + text('inPeriod') + ' ' + within(answer.currentFirstContactShare, answer.currentFirstContactInterval,
          percent, 100) + ').';
    output.textContent = text('routesWould') + ': ' + routes + '. ' + text('notLocalWould') + ': '
      + percent(answer.notHandledLocallyShare) + '. ' + figure;
  }

  /** Partnerships and alliances as they stand now (not by period): the API counts them from their events. */
  async function showPartnerships() {
    const [partnerships, alliances] = await Promise.all([api('partnerships'), api('alliances')]);
    document.querySelector('#partnerships-table tbody').replaceChildren(...partnerships.map(p => tableRow([
      p.municipality, p.active, counted(p.activeBySector), p.evaluationsOnTime, p.evaluationsLate,
      counted(p.endedByReason), p.screenedOut])));
    document.querySelector('#alliances-table tbody').replaceChildren(...alliances.map(a => tableRow([
      a.county, a.alliances, a.jointMeasures, a.projects, a.regionalOrganisations])));
  }

  async function showReplay() {
    const replay = await api('replay');
    document.getElementById('replay').textContent = replay.state === 'running'
      ? text('replayRunning') + replay.eventsDone + ' / ' + replay.eventsTotal + ', ' + replay.eventsPerSecond
        + ' /s' + (replay.secondsLeft === null || replay.secondsLeft === undefined ? '' : ', ~' + replay.secondsLeft + ' s')
      : text('replayDone') + ' (' + replay.eventsTotal + ')';
    if (replay.state === 'running') setTimeout(showReplay, 2000);
  }

  async function showAll() {
    const range = 'from=' + document.getElementById('from').value + '&to=' + document.getElementById('to').value;
    document.getElementById('what-if-answer').textContent = '';
    await Promise.all([showModels(range), showSeries(range), showMatrix(range), showPartnerships(), showReplay()]);
    document.body.dataset.shown = 'true';
  }

  async function enter() {
    const servicePoints = await api('service-points');
    document.getElementById('service-point').replaceChildren(...servicePoints.map(sp =>
      Object.assign(document.createElement('option'), {value: sp.municipality + '/' + sp.servicePoint,
        textContent: sp.municipality + ' ' + sp.servicePoint})));
    document.getElementById('login').hidden = true;
    document.getElementById('figures').hidden = false;
    await showAll();
  }

  document.getElementById('login').addEventListener('submit', async event => {
    event.preventDefault();
    authorization = 'Basic ' + btoa(unescape(encodeURIComponent(
      document.getElementById('user').value + ':' + document.getElementById('password').value)));
    try {
      await enter();
    } catch (failed) {
      authorization = null;
      document.getElementById('login-error').hidden = false;
    }
  });

  // Signed in at the municipality's identity provider already: the figures at once, or why there are none
  fetch('/api/v1/analytics/service-points', {headers: headers()}).then(response => {
    if (response.ok) {
      enter();
    } else if (response.status === 403) {
      document.getElementById('login').hidden = true;
      document.getElementById('no-access').hidden = false;
    }
  });

  // Days as the municipalities count them (the API's MunicipalTime), not in UTC: after 23:00 UTC it is already
  // tomorrow in Oslo, and an inquiry registered then would fall outside a range ending on UTC's today.
  const municipalDay = new Intl.DateTimeFormat('sv-SE', {timeZone: 'Europe/Oslo'});
  const today = new Date();
  const yearAgo = new Date(today.getTime() - 365 * 24 * 3600 * 1000);
  document.getElementById('from').value = municipalDay.format(yearAgo);
  document.getElementById('to').value = municipalDay.format(today);
  document.getElementById('period').addEventListener('submit', event => { event.preventDefault(); showAll(); });
  document.getElementById('service-point').addEventListener('change', () => showAll());
  document.getElementById('what-if').addEventListener('submit', event => { event.preventDefault(); showWhatIf(); });
  Array.from(document.getElementById('what-if-model').options).forEach(option => { option.textContent = modelName(option.value); });
  document.getElementById('models-csv').addEventListener('click', event => {
    event.preventDefault();
    download('models?format=csv&standardise=true&from=' + document.getElementById('from').value + '&to=' + document.getElementById('to').value,
      'samspill-modeller.csv');
  });
  document.getElementById('referrals-csv').addEventListener('click', event => {
    event.preventDefault();
    download('referrals?format=csv&from=' + document.getElementById('from').value + '&to=' + document.getElementById('to').value,
      'samspill-henvisninger.csv');
  });
}());
