// The map bench's clocks inside the page (added before any page script runs). Every time here is
// the page's performance.now(): navigation start is 0, and a step's start and end come from the
// same clock, so no time is lost or gained crossing to the benchmark process.
(() => {
  const B = window.__bench = { longTasks: [], open: {}, step: null, live: null };

  // Main-thread work of 50 ms or more: where the browser, not the server, keeps the page busy.
  try {
    new PerformanceObserver(l => { for (const e of l.getEntries()) B.longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch { /* no long-task timing in this browser */ }

  // When Blazor's connection to the server opened (its circuit then renders the interactive map).
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...a) { super(...a); this.addEventListener('open', () => { B.open.socket ??= performance.now(); }); }
  };

  const card = id => document.querySelector(`.card[data-node-id="${id}"]`);
  // A node's box by Blazor.Diagrams' own attribute, whatever the widget inside draws (a card, a name, a group).
  const node = id => document.querySelector(`.diagram-node[data-node-id="${id}"]`) ?? card(id)?.closest('.diagram-node');
  const element = target => target === 'layer' ? document.querySelector('.diagram-html-layer') : node(target);

  // Cards on screen: null until the map says it is ready and every node box inside the canvas has
  // its content and a size (a box without content is one Blazor.Diagrams has not drawn yet).
  const drawn = () => {
    const wrap = document.querySelector('.canvas-wrap[data-ready="true"]');
    if (!wrap) return null;
    const view = wrap.getBoundingClientRect();
    const nodes = wrap.querySelectorAll('.diagram-node');
    let n = 0;
    for (const node of nodes) {
      const r = node.getBoundingClientRect();
      if (r.right <= view.left || r.left >= view.right || r.bottom <= view.top || r.top >= view.bottom) continue;
      if (node.childElementCount === 0 || r.width === 0 || r.height === 0) return null;
      n++;
    }
    return n > 0 ? { drawn: n, total: nodes.length } : null;
  };

  // Opening: checked at every animation frame from the document's start; the clock stops at the
  // first frame (performance.now() inside its requestAnimationFrame callback, before it paints)
  // in which the map is ready and all its cards in view are drawn.
  const tick = () => {
    const now = performance.now(), o = B.open;
    if (o.firstCard === undefined && document.querySelector('.diagram-node > *')) o.firstCard = now;
    if (o.ready === undefined && document.querySelector('.canvas-wrap[data-ready="true"]')) o.ready = now;
    const c = o.ready !== undefined && drawn();
    if (c) { o.done = now; o.drawn = c.drawn; o.total = c.total; return; }
    if (now < 120000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  // One input step (pointermove for a drag or pan, wheel for a zoom). Armed before the input is
  // dispatched; starts at the input event's timeStamp (when the browser made the event, so time
  // spent queued behind a busy main thread counts), ends in the first animation frame after the
  // target's style attribute (a card's position, the layer's transform) changed. "painted" is the
  // first task after that frame: roughly when its style, layout and paint on the main thread are done.
  B.arm = (target, type) => {
    const el = element(target);
    if (!el) return false;
    const s = B.step = { start: null, changed: null, end: null, painted: null, settled: null };
    const before = el.getAttribute('style');
    const onInput = e => { s.start ??= e.timeStamp; };
    window.addEventListener(type, onInput, true);
    const mo = new MutationObserver(() => {
      const now = element(target);
      if (s.changed !== null || s.start === null || !now || now.getAttribute('style') === before) return;
      s.changed = performance.now();
      mo.disconnect();
      window.removeEventListener(type, onInput, true);
      requestAnimationFrame(() => { s.end = performance.now(); setTimeout(() => { s.painted = performance.now(); }); });
    });
    mo.observe(document.querySelector('.diagram-canvas') ?? document.body, { attributes: true, attributeFilter: ['style'], subtree: true, childList: true });
    // The page shows a zoom or pan at once and the server renders the same view after its round trip
    // (mapview.js counts the steps it still waits for in data-view-pending): "settled" is when it did.
    const canvas = document.querySelector('.diagram-canvas');
    let waiting = false;
    const follow = new MutationObserver(() => {
      const pending = canvas?.dataset.viewPending;
      if (pending && pending !== '0') waiting = true;
      else if (waiting && s.start !== null) { s.settled = performance.now(); follow.disconnect(); }
    });
    if (canvas) follow.observe(canvas, { attributes: true, attributeFilter: ['data-view-pending'] });
    B.cancel = () => { mo.disconnect(); follow.disconnect(); window.removeEventListener(type, onInput, true); };
    return true;
  };

  // Another user's change: armed with the text the card's title will show; ends in the first
  // animation frame after the card shows it.
  B.armLive = (id, text) => {
    const s = B.live = { changed: null, end: null, painted: null };
    const seen = () => card(id)?.querySelector('.title')?.textContent?.trim() === text;
    const mo = new MutationObserver(() => {
      if (s.changed !== null || !seen()) return;
      s.changed = performance.now();
      mo.disconnect();
      requestAnimationFrame(() => { s.end = performance.now(); setTimeout(() => { s.painted = performance.now(); }); });
    });
    mo.observe(document.querySelector('.diagram-canvas') ?? document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  };

  // The node's box on screen (null when it is not drawn).
  B.box = id => { const r = node(id)?.getBoundingClientRect(); return r && r.width > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null; };

  // An empty spot of the canvas (no card, no line) for panning, searched on a grid from the middle out.
  B.emptySpot = () => {
    const r = document.querySelector('.diagram-canvas').getBoundingClientRect();
    for (let d = 0; d < 0.45; d += 0.03)
      for (const [fx, fy] of [[0.5 + d, 0.5], [0.5 - d, 0.5], [0.5, 0.5 + d], [0.5, 0.5 - d], [0.5 + d, 0.5 + d], [0.5 - d, 0.5 - d]]) {
        const x = r.left + r.width * fx, y = r.top + r.height * fy;
        const hit = document.elementFromPoint(x, y);
        if (hit && (hit.classList.contains('diagram-canvas') || hit.classList.contains('diagram-svg-layer') || hit.classList.contains('diagram-html-layer')))
          return { x, y };
      }
    return null;
  };
})();
