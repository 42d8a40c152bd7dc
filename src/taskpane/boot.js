/*
 * dangvien — runs before the bundle, in any browser (ES5 on purpose: Excel 2016/2019 on older
 * Windows show add-ins in Internet Explorer 11, where the React pane cannot run). It makes sure
 * the pane is never blank: when the engine is too old, when the bundle fails to load, or when it
 * throws before the pane is shown, a plain message in Vietnamese and English says what to do.
 * The pane sets <html data-app="ready"> once it has rendered.
 */
(function () {
  'use strict';
  var MESSAGES = {
    old: [
      'Excel trên máy này hiển thị add-in bằng trình duyệt cũ (Internet Explorer) nên dangvien không chạy được trong Excel.',
      'Cách làm: mở trang này bằng Chrome hoặc Edge (chế độ trình duyệt: chọn tệp .xlsx, mọi việc làm trên máy, không tải lên đâu), hoặc dùng lệnh "npx dangvien check tệp.xlsx".',
      'This Excel shows add-ins in an old browser (Internet Explorer), where dangvien cannot run. Open this page in Chrome or Edge instead (browser mode: pick the .xlsx file; nothing is uploaded), or use the command line.'
    ],
    failed: [
      'Không tải được khung dangvien.',
      'Hãy đóng khung rồi mở lại; nếu vẫn lỗi, báo cho người quản trị kèm nội dung dưới đây.',
      'The dangvien pane could not load. Close and reopen it; if it still fails, tell your administrator with the text below.'
    ],
    slow: [
      'Khung dangvien tải lâu hơn bình thường…',
      'Nếu khung vẫn trống, hãy đóng rồi mở lại.',
      'The pane is taking longer than usual to load. If it stays empty, close and reopen it.'
    ]
  };

  function ready() {
    return document.documentElement.getAttribute('data-app') === 'ready';
  }

  function show(kind, detail) {
    if (ready()) return;
    var render = function () {
      var root = document.getElementById('root');
      if (!root) return;
      var lines = MESSAGES[kind];
      var html = '<div id="boot" role="alert">';
      for (var i = 0; i < lines.length; i++) {
        html += '<p' + (i === lines.length - 1 ? ' class="en" lang="en"' : '') + '></p>';
      }
      if (detail) html += '<p class="en"><code></code></p>';
      html += '</div>';
      root.innerHTML = html;
      var ps = root.getElementsByTagName('p');
      for (var j = 0; j < lines.length; j++) ps[j].appendChild(document.createTextNode(lines[j]));
      if (detail) root.getElementsByTagName('code')[0].appendChild(document.createTextNode(String(detail).slice(0, 300)));
      if (kind === 'old') {
        // The offline page (one file, served next to this one): saved and opened in Chrome or Edge, it needs no Excel.
        var p = document.createElement('p');
        var a = document.createElement('a');
        a.href = 'dangvien.html';
        a.target = '_blank';
        a.id = 'boot-offline';
        a.appendChild(document.createTextNode('dangvien.html — trang dùng không cần Excel / the page that needs no Excel'));
        p.appendChild(a);
        root.firstChild.appendChild(p);
      }
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', render);
    else render();
  }

  var tooOld =
    !!document.documentMode ||
    typeof Promise === 'undefined' ||
    typeof Map === 'undefined' ||
    typeof Symbol === 'undefined' ||
    typeof Proxy === 'undefined' ||
    typeof Object.fromEntries !== 'function' ||
    typeof TextDecoder === 'undefined';

  window.__dangvienBoot = { tooOld: tooOld, show: show };
  if (tooOld) {
    show('old');
    return;
  }

  window.addEventListener('error', function (e) {
    // A script that failed to load (the bundle, Office.js) or an error before the pane rendered.
    var target = e && e.target;
    if (target && target !== window && target.tagName === 'SCRIPT') show('failed', 'script: ' + target.src);
    else if (!ready()) show('failed', e && e.message);
  }, true);

  setTimeout(function () {
    if (!ready()) show('slow');
  }, 20000);
})();
