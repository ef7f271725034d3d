// Zoom and pan answer in the browser at once; the server, which owns the view, follows.
//
// Blazor.Diagrams zooms and pans on the server: a wheel notch or a pointer move travels there, the
// diagram computes the new view and the canvas' two layers come back with a new transform, a round
// trip per step. Here the browser computes the same view with the same arithmetic (ZoomBehavior and
// PanBehavior of Blazor.Diagrams 3.0) and shows it at once; the events still reach the server, which
// does the real work (level of detail, culling, the navigator) and renders the same transform a
// moment later. Until the server has caught up, a transform it renders for an earlier step is
// replaced by the latest prediction before the browser paints, so the view never steps back.
// Anything the server does that was not predicted (zoom to fit, centring on a person) wins.

const Layers = '.diagram-svg-layer, .diagram-html-layer';
const Near = (a, b) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
// A prediction the server never confirms (a lost event) gives way to what the server shows.
const GiveUpAfterMs = 3000;
const RestAfterMs = 300;

let follower = null;

function parse(style) {
    const m = /translate\(\s*(-?[\d.e+-]+)px,\s*(-?[\d.e+-]+)px\)\s*scale\(\s*([\d.e+-]+)\)/.exec(style || '');
    return m ? { x: +m[1], y: +m[2], zoom: +m[3] } : null;
}

const same = (a, b) => Near(a.x, b.x) && Near(a.y, b.y) && Near(a.zoom, b.zoom);

class ViewFollower {
    constructor(canvas, options) {
        this.canvas = canvas;
        this.options = options;
        this.server = parse(canvas.querySelector('.diagram-html-layer')?.getAttribute('style')) ?? { x: 0, y: 0, zoom: 1 };
        this.predicted = [];
        this.pan = null;
        this.box = null;
        this.since = 0;
        this.observer = new MutationObserver(() => this.onServer());
        for (const layer of canvas.querySelectorAll(Layers)) this.observer.observe(layer, { attributes: true, attributeFilter: ['style'] });
        const here = handle => e => { if (canvas.contains(e.target)) handle(e); };
        this.handlers = {
            wheel: here(e => this.onWheel(e)),
            pointerdown: here(e => this.onDown(e)),
            pointermove: here(e => this.onMove(e)),
            pointerup: here(() => { this.pan = null; }),
        };
        // On the window, so after Blazor's own listener on the document: it reads the event's offsets, which
        // would make the browser lay the page out again on the spot had the view already changed.
        for (const [type, handler] of Object.entries(this.handlers)) window.addEventListener(type, handler, { passive: type !== 'wheel' });
        this.zoomed(this.server.zoom);
        this.timer = setInterval(() => this.giveUp(), 500);
        this.forget = () => { this.box = null; };
        this.sized = new ResizeObserver(this.forget);
        this.sized.observe(canvas);
        window.addEventListener('scroll', this.forget, { passive: true, capture: true });
    }

    stop() {
        this.observer.disconnect();
        for (const [type, handler] of Object.entries(this.handlers)) window.removeEventListener(type, handler);
        clearInterval(this.timer);
        clearTimeout(this.resting);
        this.sized.disconnect();
        window.removeEventListener('scroll', this.forget, { capture: true });
    }

    get view() { return this.predicted.at(-1) ?? this.server; }

    // ZoomBehavior.Diagram_Wheel, step for step, so both sides land on the same numbers.
    onWheel(e) {
        // The wheel zooms the map and scrolls nothing.
        e.preventDefault();
        const o = this.options;
        if (!o.zoom || e.deltaY === 0) return;
        const { x, y, zoom } = this.view;
        const deltaY = o.inverse ? -e.deltaY : e.deltaY;
        const next = Math.min(Math.max(deltaY > 0 ? zoom * o.scale : zoom / o.scale, o.minimum), o.maximum);
        if (next < 0 || next === zoom) return;
        // Measured once per size or scroll, not per notch: a fresh measure would lay out the page first.
        const box = this.box ??= this.canvas.getBoundingClientRect();
        const widthDiff = box.width * next - box.width * zoom;
        const heightDiff = box.height * next - box.height * zoom;
        const xFactor = (e.clientX - box.left - x) / zoom / box.width;
        const yFactor = (e.clientY - box.top - y) / zoom / box.height;
        this.predict({ x: x - widthDiff * xFactor, y: y - heightDiff * yFactor, zoom: next });
    }

    // PanBehavior: a left press on the canvas itself (not on a card, a line or a port), without Shift.
    onDown(e) {
        const onModel = e.target.closest?.('.diagram-node, .diagram-group, .diagram-link, .diagram-port, .diagram-link-vertex, .controls');
        this.pan = e.button === 0 && !e.shiftKey && this.options.panning && !onModel
            ? { x: e.clientX, y: e.clientY, from: this.view } : null;
    }

    onMove(e) {
        const p = this.pan;
        if (!p) return;
        this.predict({ x: p.from.x + e.clientX - p.x, y: p.from.y + e.clientY - p.y, zoom: this.view.zoom });
    }

    predict(view) {
        if (this.predicted.length === 0) this.since = performance.now();
        this.predicted.push(view);
        this.show(view);
        // While the view moves, the browser scales what it drew instead of drawing it again at every
        // notch (app.css: [data-view-moving]); drawn sharp again once the view rests.
        this.canvas.dataset.viewMoving = '';
        clearTimeout(this.resting);
        this.resting = setTimeout(() => delete this.canvas.dataset.viewMoving, RestAfterMs);
    }

    show(view) {
        // Written as Blazor.Diagrams writes it (full precision, same words), so the server's render of
        // the same view a moment later leaves the layer's style as it is.
        const transform = `transform: translate(${view.x}px, ${view.y}px) scale(${view.zoom});`;
        for (const layer of this.canvas.querySelectorAll(Layers))
            layer.setAttribute('style', (layer.getAttribute('style') ?? '').replace(/transform:[^;]*;/, transform));
        this.zoomed(view.zoom);
        // Only Blazor's writes are news: ours are taken off the observer's queue before it reports them.
        this.observer.takeRecords();
        this.canvas.dataset.viewPending = String(this.predicted.length);
    }

    // What is sized for the screen rather than the map (a function box's words) reads the zoom from here.
    zoomed(zoom) {
        // Not on a pan: a changed property on the canvas is a style recalculation of everything in it.
        if (zoom === this.zoom) return;
        this.zoom = zoom;
        this.canvas.style.setProperty('--map-zoom', String(zoom));
    }

    // Runs after Blazor applied a render batch and before the browser paints it.
    onServer() {
        const now = parse(this.canvas.querySelector('.diagram-html-layer')?.getAttribute('style'));
        if (!now) return;
        this.server = now;
        const caughtUp = this.predicted.findIndex(p => same(p, now));
        // A view the server chose itself (fit, centre) replaces whatever was predicted; counted, for
        // a prediction the server did not confirm is one the page showed wrongly.
        if (caughtUp < 0 && this.predicted.length > 0) this.corrected();
        this.predicted = caughtUp < 0 ? [] : this.predicted.slice(caughtUp + 1);
        this.since = performance.now();
        if (this.predicted.length > 0) this.show(this.predicted.at(-1));
        else {
            this.zoomed(now.zoom);
            this.canvas.dataset.viewPending = '0';
        }
    }

    // Counted on the canvas (data-view-corrected) for tests and benches: a view the page showed and took back.
    corrected() {
        this.canvas.dataset.viewCorrected = String(+(this.canvas.dataset.viewCorrected ?? 0) + 1);
    }

    giveUp() {
        if (this.predicted.length === 0 || performance.now() - this.since < GiveUpAfterMs) return;
        this.corrected();
        this.predicted = [];
        this.show(this.server);
    }
}

/** Starts predicting the view of the map's canvas; options are the diagram's zoom and pan settings. */
export function followView(options) {
    follower?.stop();
    const canvas = document.querySelector('.map-canvas');
    follower = canvas ? new ViewFollower(canvas, options) : null;
    return follower !== null;
}

export function unfollowView() {
    follower?.stop();
    follower = null;
}
