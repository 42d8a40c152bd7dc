/*
 * dangvien — runs right after the <script> for Office.js from Microsoft's CDN (ES5: any webview).
 * Microsoft requires add-ins to load Office.js from its CDN, which serves the library that matches
 * every Excel. On a network with no internet that script fails to load, and this writes the copy
 * shipped with the add-in (office-js/office.js, older) in its place, before any other script runs;
 * the pane then feature-detects what that copy lacks. document.write keeps the order of scripts
 * (a script added any other way would run after the pane's).
 */
(function () {
  'use strict';
  var fromCdn = typeof Office !== 'undefined';
  // Opened from a folder (file://) the page is never inside Office, and Chromium refuses the
  // scripts Office.js adds with crossorigin from file: URLs, so Office.onReady would never come.
  var fromFolder = window.location.protocol === 'file:';
  window.__dangvienOfficeJs = fromCdn ? 'cdn' : fromFolder ? 'none' : 'bundled';
  if (!fromCdn && !fromFolder) {
    // Office.js loads its other files from the folder of the first <script> whose name is
    // office.js: the failed CDN tag would send those loads to the unreachable CDN, so it goes.
    var scripts = document.getElementsByTagName('script');
    for (var i = scripts.length - 1; i >= 0; i--) {
      if (/^https:\/\/appsforoffice\.microsoft\.com\//.test(scripts[i].src)) scripts[i].parentNode.removeChild(scripts[i]);
    }
    document.write('<script src="office-js/office.js"><\/script>');
  }
})();
