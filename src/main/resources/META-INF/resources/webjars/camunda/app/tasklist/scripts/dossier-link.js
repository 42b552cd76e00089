// Tasklist's header gets a link to the dossier page (static/dossier.html): 我的档案 for a worker,
// 工作者档案 for the town and city officials, who choose a worker of theirs there. Camunda has no
// setting for a header link, so it is added to the header's menu once the header is drawn (and
// again if Angular redraws it). Whose label it is comes from the logged-in user's groups, read
// through the webapp's own engine API with the Tasklist session. Loaded by config.js.
define([], function () {
  'use strict';

  var LINK_ID = 'workforce-dossier-link';

  function label(groups) {
    var onlyWorker = groups.length > 0 && groups.every(function (g) { return g.id === 'workers'; });
    return onlyWorker ? '我的档案' : '工作者档案';
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; });
  }

  function whoIsIt() {
    return getJson('/camunda/api/admin/auth/user/default').then(function (user) {
      if (!user || !user.userId) {
        return null;
      }
      return getJson('/camunda/api/engine/engine/default/group?member=' + encodeURIComponent(user.userId)
        + '&maxResults=50').then(function (groups) { return label(groups || []); });
    });
  }

  function addLink(text) {
    var menu = document.querySelector('nav.cam-nav > ul');
    if (!menu || document.getElementById(LINK_ID)) {
      return;
    }
    var item = document.createElement('li');
    item.id = LINK_ID;
    var link = document.createElement('a');
    link.href = '/dossier.html';
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = text;
    link.title = '工作者从录用到离职的全部记录，可下载 PDF、Excel';
    item.appendChild(link);
    menu.insertBefore(item, menu.firstChild);
  }

  var text = null;
  function refresh() {
    if (text) {
      addLink(text);
      return;
    }
    whoIsIt().then(function (found) {
      if (found) {
        text = found;
        addLink(text);
      }
    }).catch(function () { /* not logged in yet: the next redraw tries again */ });
  }

  var pending = null;
  new MutationObserver(function () {
    if (!document.getElementById(LINK_ID) && !pending) {
      pending = setTimeout(function () { pending = null; refresh(); }, 300);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
  refresh();
});
