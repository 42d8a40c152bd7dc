/*
 * dangvien — runs before the bundle, in any browser (ES5 on purpose: Excel 2016/2019 on older
 * Windows show add-ins in Internet Explorer 11, some Microsoft 365 builds in EdgeHTML, where the
 * React pane cannot run). It is on the ribbon command's page too, for the same engines. It makes sure
 * the pane is never blank: when the engine is too old, when the bundle fails to load, or when it
 * throws before the pane is shown, a plain message in Vietnamese and English says what to do.
 * The pane sets <html data-app="ready"> once it has rendered.
 */
(function () {
  'use strict';
  var MESSAGES = {
    old: [
      'Excel trên máy này hiển thị add-in bằng {engine}, quá cũ nên dangvien không chạy được trong Excel.',
      'Cách làm: mở trang này bằng Chrome hoặc Edge mới (chế độ trình duyệt: chọn tệp .xlsx, mọi việc làm trên máy, không tải lên đâu) theo liên kết hoặc địa chỉ dưới đây; hoặc dùng lệnh "npx dangvien check tệp.xlsx".',
      'This Excel shows add-ins in {engine}, too old for dangvien to run inside Excel. Open this page in a current Chrome or Edge instead (browser mode: pick the .xlsx file; nothing is uploaded) with the link or address below, or use the command line.'
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

  /** Which engine shows the pane: Excel 2016/2019 use Internet Explorer 11, some Microsoft 365 builds EdgeHTML. */
  function engine() {
    var ua = navigator.userAgent || '';
    if (document.documentMode) return 'Internet Explorer ' + document.documentMode;
    var edge = /Edge\/(\d+)/.exec(ua);
    if (edge) return 'Microsoft Edge (EdgeHTML ' + edge[1] + ')';
    return 'một trình duyệt cũ / an old browser engine';
  }

  /** The same page outside Excel: a plain browser opens it in browser mode. */
  function pageAddress() {
    var here = String(window.location.href).split('#')[0].split('?')[0];
    return here.replace(/commands\.html$/, 'taskpane.html');
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
      if (kind === 'old') {
        html += '<p><a id="boot-link" target="_blank" rel="noopener"></a></p>';
        html += '<p><label for="boot-address">Địa chỉ / Address</label><br><input id="boot-address" type="text" readonly style="width:100%"></p>';
        // The offline page (one file, served next to this one): saved and opened by a double click in
        // Chrome or Edge, it needs neither Excel nor the server.
        html += '<p><a id="boot-offline" href="dangvien.html" target="_blank" rel="noopener"></a></p>';
      }
      if (detail) html += '<p class="en"><code></code></p>';
      html += '</div>';
      root.innerHTML = html;
      var ps = root.getElementsByTagName('p');
      var name = engine();
      for (var j = 0; j < lines.length; j++) ps[j].appendChild(document.createTextNode(lines[j].replace('{engine}', name)));
      if (kind === 'old') {
        var link = document.getElementById('boot-link');
        link.href = pageAddress();
        link.appendChild(document.createTextNode('Mở dangvien trong trình duyệt / Open dangvien in the browser'));
        var input = document.getElementById('boot-address');
        input.value = pageAddress();
        input.onfocus = function () {
          input.select();
        };
        document.getElementById('boot-offline').appendChild(document.createTextNode('dangvien.html — trang dùng không cần Excel / the page that needs no Excel'));
      }
      if (detail) root.getElementsByTagName('code')[0].appendChild(document.createTextNode(String(detail).slice(0, 300)));
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', render);
    else render();
  }

  /**
   * Answers Office in an engine too old for the bundle: without Office.onReady (or initialize)
   * Office may not show the pane at all. The ribbon's command gets a function that shows the
   * same message (the pane's page, in a dialog) and completes its event.
   */
  function answerOffice() {
    var office = window.Office;
    if (!office) return;
    office.initialize = function () {};
    if (typeof office.onReady === 'function') office.onReady(function () {});
    window.runCheck = function (event) {
      var done = function () {
        try {
          event.completed();
        } catch (e) {
          // Nothing more to do: the event is Office's.
        }
      };
      try {
        office.context.ui.displayDialogAsync(pageAddress(), { height: 50, width: 40 }, done);
      } catch (e) {
        done();
      }
    };
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
    answerOffice();
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
