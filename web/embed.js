/* Geldgesprek embed snippet. On a gemeente's website:
 *   <script src="https://<bot>/embed.js" data-gemeente="voorbeeldstad" defer></script>
 * Optional: data-label="Praat over geld" (the button's text).
 * It adds a chat button; the button opens the chat in a panel (an iframe of the bot's own page, with Web Chat
 * served by the bot). The panel is a labelled dialog: Escape or the close button closes it and gives focus
 * back to the button. On a phone it fills the screen. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || document.getElementById('geldgesprek-knop')) return;
  var origin = new URL(script.src, window.location.href).origin;
  var gemeente = (script.getAttribute('data-gemeente') || '').toLowerCase().replace(/[^a-z0-9-]/g, '');
  var label = script.getAttribute('data-label') || 'Praat over geld';

  var style = document.createElement('style');
  style.textContent = [
    '#geldgesprek-knop{position:fixed;right:16px;bottom:16px;z-index:2147483000;font:600 18px/1.2 system-ui,Arial,sans-serif;padding:14px 20px;border:0;border-radius:28px;background:#154273;color:#fff;box-shadow:0 2px 8px rgba(0,0,0,.3);cursor:pointer}',
    '#geldgesprek-knop:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}',
    '#geldgesprek-paneel{position:fixed;right:16px;bottom:84px;z-index:2147483001;width:400px;max-width:calc(100vw - 32px);height:620px;max-height:calc(100vh - 100px);display:flex;flex-direction:column;background:#fff;border:1px solid #767676;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.35);overflow:hidden}',
    '#geldgesprek-paneel[hidden]{display:none}',
    '#geldgesprek-paneel .gg-kop{display:flex;align-items:center;justify-content:space-between;padding:8px 12px;background:#154273;color:#fff;font:600 16px system-ui,Arial,sans-serif}',
    '#geldgesprek-paneel .gg-kop h2{font-size:16px;margin:0}',
    '#geldgesprek-paneel .gg-sluit{font:inherit;font-size:16px;background:transparent;color:#fff;border:2px solid #fff;border-radius:6px;padding:4px 10px;cursor:pointer}',
    '#geldgesprek-paneel .gg-sluit:focus-visible{outline:3px solid #ffbf47}',
    '#geldgesprek-paneel iframe{flex:1;border:0;width:100%}',
    // On a phone the panel is the whole screen (inset 0, so never wider than the viewport), its close button at the top.
    '@media (max-width:600px){#geldgesprek-paneel{top:0;right:0;bottom:0;left:0;width:auto;max-width:none;height:auto;max-height:none;border:0;border-radius:0;box-shadow:none}',
    '#geldgesprek-paneel .gg-kop{padding-top:max(8px,env(safe-area-inset-top))}',
    '#geldgesprek-paneel .gg-sluit{min-height:44px}',
    '#geldgesprek-knop{right:12px;bottom:12px;max-width:calc(100vw - 24px)}}',
    'html.geldgesprek-open,html.geldgesprek-open body{overflow:hidden}'
  ].join('\n');
  document.head.appendChild(style);

  var button = document.createElement('button');
  button.type = 'button';
  button.id = 'geldgesprek-knop';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'geldgesprek-paneel');

  var panel = document.createElement('div');
  panel.id = 'geldgesprek-paneel';
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'geldgesprek-titel');
  panel.hidden = true;
  panel.innerHTML =
    '<div class="gg-kop"><h2 id="geldgesprek-titel">Geldgesprek: praten over geld</h2>' +
    '<button type="button" class="gg-sluit">Sluit de chat</button></div>';

  var frame = null;
  function open() {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.title = 'Chat met Geldgesprek';
      frame.src = origin + '/?embed=1' + (gemeente ? '&gemeente=' + encodeURIComponent(gemeente) : '');
      panel.appendChild(frame);
    }
    panel.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    if (window.matchMedia('(max-width: 600px)').matches) document.documentElement.classList.add('geldgesprek-open');
    frame.focus();
  }
  function close() {
    panel.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    document.documentElement.classList.remove('geldgesprek-open');
    button.focus();
  }
  button.addEventListener('click', function () { if (panel.hidden) open(); else close(); });
  panel.querySelector('.gg-sluit').addEventListener('click', close);
  panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') close(); });
  window.addEventListener('message', function (e) {
    if (e.origin === origin && e.data && e.data.type === 'geldgesprek:sluiten' && !panel.hidden) close();
  });

  document.body.appendChild(panel);
  document.body.appendChild(button);
})();
