/*
 * Vietnam–US relations timeline: include this script once on a page that embeds the timeline.
 * It resizes every embedded timeline iframe to the height of its content. Without it, an iframe
 * keeps the height its snippet gives it and works all the same.
 *
 * It trusts a message only when it comes from one of the page's iframes, from that iframe's own
 * origin (or "null" for an iframe sandboxed without allow-same-origin), and has exactly the shape
 * { type: "vietnam-us-timeline:resize", height: <number> }.
 */
(function () {
  'use strict';
  var TYPE = 'vietnam-us-timeline:resize';
  if (window.__vietnamUsTimelineHost) return;
  window.__vietnamUsTimelineHost = true;

  function originOf(src) {
    try {
      return new URL(src, document.baseURI).origin;
    } catch (error) {
      return null;
    }
  }

  function isWellFormed(data) {
    if (!data || typeof data !== 'object' || data.type !== TYPE) return false;
    var keys = Object.keys(data);
    return keys.length === 2 && typeof data.height === 'number' && isFinite(data.height);
  }

  window.addEventListener('message', function (event) {
    if (!isWellFormed(event.data)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var index = 0; index < frames.length; index++) {
      var frame = frames[index];
      if (frame.contentWindow !== event.source) continue;
      var sandbox = frame.getAttribute('sandbox');
      var opaque = sandbox !== null && !/(^|\s)allow-same-origin(\s|$)/.test(sandbox);
      var trusted = event.origin === originOf(frame.src) || (opaque && event.origin === 'null');
      if (!trusted) return;
      var height = Math.round(Math.min(Math.max(event.data.height, 120), 10000));
      frame.style.height = height + 'px';
      return;
    }
  });
})();
