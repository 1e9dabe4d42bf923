/* Geldgesprek web page: connects the real Web Chat to the bot.
 * Without Azure it talks to the bot's own Direct Line (polling); with DIRECT_LINE_SECRET set on the
 * server it gets an Azure Direct Line token from /api/webchat/session. The conversation id is kept in
 * this browser, so a reload or a bot restart (with Redis) continues the same conversation.
 * After "verwijder mijn gegevens" (a reply with channelData.geldgesprek.deleted) the page forgets it all:
 * the stored id, and the chat shown; it starts a new, empty conversation. */
(function () {
  'use strict';
  var params = new URLSearchParams(window.location.search);
  var gemeente = (params.get('gemeente') || '').toLowerCase().replace(/[^a-z0-9-]/g, '');
  var STORE_KEY = 'geldgesprek.gesprek' + (gemeente ? '.' + gemeente : '');
  var status = document.getElementById('status');
  if (params.get('embed') === '1') {
    document.body.classList.add('embedded');
    // Escape inside the chat closes the panel on the gemeente's page (keys do not cross the iframe by themselves).
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && window.parent !== window) window.parent.postMessage({ type: 'geldgesprek:sluiten' }, '*');
    });
  }

  /* A gemeente's own colour and name, as its configuration gives them. */
  function applyTheme(theme) {
    if (!theme) return;
    var bar = document.querySelector('.topbar');
    if (/^#[0-9a-fA-F]{6}$/.test(theme.primaryColor)) bar.style.background = theme.primaryColor;
    document.querySelector('.topbar h1').textContent = 'Geldgesprek · ' + theme.logoText;
  }

  function say(text) { status.textContent = text; }

  /* When the page cannot reach the bot (a message not sent, the connection lost), help that needs no bot:
     a person in danger always gets the numbers, whatever is down. */
  var OFFLINE_HELP = 'De chat werkt nu even niet. Ben je in gevaar? Bel 112. Denk je aan zelfdoding? Bel 113: 0800-0113, gratis. Geldzorgen? Bel gratis 0800-8115.';
  var FAILED_TO_CONNECT = 4;
  var NO_ANSWER_MS = 10000;
  function isFromBot(action) {
    var activity = action.payload && action.payload.activity;
    return !!(activity && activity.from && activity.from.role === 'bot');
  }
  // Only for the chat now shown: a chat ended on purpose (after a deletion) reports its end too.
  function offline(mine) { if (mine !== current) return; mine.offline = true; say(OFFLINE_HELP); }
  function online(mine) { if (mine !== current || !mine.offline) return; mine.offline = false; say(''); }

  /* "vraag 7 van ongeveer 20": from the bot's channelData in the client conversation; empty elsewhere. */
  var progress = document.getElementById('voortgang');
  function showProgress(activity) {
    if (!progress || !activity || activity.from && activity.from.role === 'user') return;
    var data = activity.channelData && activity.channelData.geldgesprek;
    if (!data || !data.flow) return;
    progress.textContent = data.flow === 'gesprek' && data.step && data.of ? 'vraag ' + data.step + ' van ongeveer ' + data.of : '';
  }

  function remembered() {
    try { return JSON.parse(window.localStorage.getItem(STORE_KEY) || 'null'); } catch (e) { return null; }
  }

  function remember(value) {
    try { window.localStorage.setItem(STORE_KEY, JSON.stringify(value)); } catch (e) { /* private mode: no resume */ }
  }

  /* The chat now shown: its Web Chat store and Direct Line, so the buttons and a deletion can reach them. */
  var current = null;

  function isDeletion(action) {
    if (action.type !== 'DIRECT_LINE/INCOMING_ACTIVITY') return false;
    var activity = action.payload && action.payload.activity;
    var data = activity && activity.channelData && activity.channelData.geldgesprek;
    return !!(data && data.deleted === true && activity.from && activity.from.role === 'bot');
  }

  /* Forgets this conversation in this browser and shows a new, empty chat (with the confirmation above it). */
  function forgetEverything(confirmation) {
    try { window.localStorage.removeItem(STORE_KEY); } catch (e) { /* nothing stored */ }
    var shown = current;
    current = null;
    if (shown && shown.directLine && shown.directLine.end) shown.directLine.end();
    var old = document.getElementById('webchat');
    var fresh = old.cloneNode(false);
    old.parentNode.replaceChild(fresh, old);
    start();
    if (current) current.keepStatus = true;
    say(confirmation || 'Je gegevens zijn gewist.');
  }

  function userId() {
    var saved = remembered();
    if (saved && saved.userId) return saved.userId;
    return 'u-' + Math.random().toString(36).slice(2, 12);
  }

  function postJson(url, body) {
    return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body || {}) }).then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.json();
    });
  }

  function directLineFor(session, user) {
    if (session.mode === 'azure') {
      return Promise.resolve(window.WebChat.createDirectLine({ token: session.token, domain: session.domain }));
    }
    var domain = window.location.origin + session.domainPath;
    var saved = remembered();
    var known = saved && saved.mode === 'local' && saved.conversationId ? Promise.resolve(saved) : postJson(domain + '/conversations');
    return known.then(function (conversation) {
      remember({ mode: 'local', conversationId: conversation.conversationId, token: conversation.token, userId: user });
      return window.WebChat.createDirectLine({
        domain: domain,
        webSocket: false,
        pollingInterval: 500,
        conversationId: conversation.conversationId,
        token: conversation.token,
      });
    });
  }

  function start() {
    var user = userId();
    var mine = { store: null, directLine: null, deleted: false };
    current = mine;
    var store = window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (isDeletion(action)) {
            clearTimeout(mine.waiting);
            mine.waiting = null;
            if (!mine.deleted) {
              mine.deleted = true;
              var text = action.payload.activity.text;
              setTimeout(function () { forgetEverything(text); }, 0);
            }
            return next(action);
          }
          if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
            if (!mine.keepStatus) say('');
            var result = next(action);
            // "resumed": this page shows the conversation again with its history, so the bot need not repeat its last question.
            var joined = {};
            if (gemeente) joined.gemeente = gemeente;
            if (mine.resumed) joined.resumed = true;
            store.dispatch({ type: 'WEB_CHAT/SEND_EVENT', payload: { name: 'webchat/join', value: joined } });
            return result;
          }
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') showProgress(action.payload && action.payload.activity);
          // A message sent and no answer from the bot within the wait: the page shows the help itself.
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY_PENDING' && !mine.waiting) {
            mine.waiting = setTimeout(function () { mine.waiting = null; offline(mine); }, NO_ANSWER_MS);
          }
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && isFromBot(action)) {
            clearTimeout(mine.waiting);
            mine.waiting = null;
            online(mine);
          }
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED') offline(mine);
          if (action.type === 'DIRECT_LINE/UPDATE_CONNECTION_STATUS' && action.payload && action.payload.connectionStatus === FAILED_TO_CONNECT) offline(mine);
          return next(action);
        };
      };
    });

    mine.store = store;
    postJson('/api/webchat/session', gemeente ? { gemeente: gemeente } : {})
      .then(function (session) {
        applyTheme(session.gemeente);
        var saved = remembered();
        mine.resumed = !!(session.mode !== 'azure' && saved && saved.mode === 'local' && saved.conversationId);
        return directLineFor(session, user);
      })
      .then(function (directLine) {
        mine.directLine = directLine;
        if (current !== mine) { directLine.end(); return; }
        window.WebChat.renderWebChat(
          {
            directLine: directLine,
            store: store,
            userID: user,
            locale: 'nl-NL',
            overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: 'Typ je bericht' },
            styleOptions: {
              hideUploadButton: true,
              primaryFont: 'system-ui, "Segoe UI", Roboto, Arial, sans-serif',
              fontSizeSmall: '80%',
              bubbleMaxWidth: 560,
              suggestedActionLayout: 'stacked',
              suggestedActionHeight: 44,
              sendBoxHeight: 52,
            },
          },
          document.getElementById('webchat'),
        );
        var input = document.querySelector('#webchat input, #webchat textarea');
        if (input) input.focus();
      })
      .catch(function () {
        offline(mine);
      });
  }

  document.querySelectorAll('.ways-out button').forEach(function (button) {
    button.addEventListener('click', function () {
      if (current && current.store) current.store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: button.getAttribute('data-say') } });
    });
  });

  if (!window.WebChat) {
    say(OFFLINE_HELP);
    return;
  }
  start();
})();
