// Samspill's "Historikk" tab in Tasklist, in place of Camunda's own (excluded in index.html): for an inquiry task the
// inquiry's path from the event log (Camunda keeps no activity history of inquiries, ADR 0009), for other tasks the
// steps their process has finished (TaskHistoryTab). The server words each line in the staff member's language;
// shown as text.
export default {
  id: 'samspill-task-history',
  pluginPoint: 'tasklist.task.detail',
  priority: 800,
  properties: {label: 'HISTORY'},
  render: (node, {taskId}) => {
    const appRoot = document.querySelector('base').getAttribute('app-root');
    const list = document.createElement('ol');
    list.className = 'list-unstyled samspill-task-history';
    node.replaceChildren(list);
    fetch(`${appRoot}/api/samspill/tasks/${encodeURIComponent(taskId)}/history`,
        {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then(response => response.json().then(body => {
        if (!response.ok) {
          throw new Error(body.detail || body.title || response.status);
        }
        body.forEach(entry => {
          const line = document.createElement('li');
          const when = document.createElement('time');
          when.dateTime = entry.at;
          when.textContent = entry.when;
          line.append(when, ' ', entry.text);
          list.append(line);
        });
      }))
      .catch(failure => { list.textContent = failure.message; });
  }
};
