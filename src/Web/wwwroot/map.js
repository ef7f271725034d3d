// The map page's keyboard and focus helpers. Shortcuts work wherever focus is on the page, except
// while typing in a field; the page decides what each one does.
import { unfollowView } from './mapview.js';

export { followView } from './mapview.js';

let page = null;

function typing(target) {
    const tag = target && target.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable);
}

function onKey(e) {
    if (!page || typing(e.target)) return;
    let shortcut = null;
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && (e.key === 'z' || e.key === 'Z')) shortcut = 'undo';
    else if (e.key === 'Delete') shortcut = 'delete';
    else if (e.key === 'Escape') shortcut = 'escape';
    if (!shortcut) return;
    e.preventDefault();
    page.invokeMethodAsync('OnShortcut', shortcut);
}

// A tab in the background applies no live changes; the page catches up once it is shown again.
function onVisibility() {
    if (page) page.invokeMethodAsync('OnVisibility', !document.hidden);
}

export function listen(dotNet) {
    page = dotNet;
    document.addEventListener('keydown', onKey);
    document.addEventListener('visibilitychange', onVisibility);
    if (document.hidden) onVisibility();
}

export function stop() {
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('visibilitychange', onVisibility);
    unfollowView();
    page = null;
}

// Focus a card, a connection or a field by CSS selector, once it is on the page.
export function focus(selector) {
    const el = document.querySelector(selector);
    if (el) el.focus({ preventScroll: true });
    return !!el;
}

// Keeps the panel's state in the address without a Blazor navigation (which would move focus to the heading).
export function replaceAddress(url) {
    if (url !== location.href) history.replaceState(history.state, '', url);
}

export function confirmLeave(message) {
    return window.confirm(message);
}
