// Blazor's JS initializer (found by its name): custom events the pages listen to.
// Before the start: a page that attached @oncellpick before the type was registered would listen for a
// "cellpick" DOM event that never comes.
export function beforeWebStart() {
    const blazor = window.Blazor;
    // The contact matrix draws its cells as plain markup (thousands of them) and listens once, on the table:
    // a click on a cell's button says which cell it was.
    blazor.registerCustomEventType('cellpick', {
        browserEventName: 'click',
        createEventArgs: e => {
            const button = e.target instanceof Element ? e.target.closest('button.cell-button') : null;
            return { cell: button && !button.disabled ? button.closest('td')?.dataset.cell ?? null : null };
        },
    });

    // The sheet's Print button (the site's policy allows no inline handlers), and a printout with every
    // folded list open (paper has no "Show more") unless the reader unticked "Print the folded lists too".
    document.addEventListener('click', e => {
        if (e.target instanceof Element && e.target.closest('.print-button')) window.print();
    });
    // Copy buttons beside a secret shown once (a token, a sign-in link), for the same reason without inline
    // handlers: the value goes to the clipboard (or, outside a secure context, through the selection), and the
    // status beside the button says so. A one-time field selects itself when focused.
    document.addEventListener('click', async e => {
        const button = e.target instanceof Element ? e.target.closest('button.copy-button') : null;
        const field = button && document.getElementById(button.dataset.copy);
        if (!field) return;
        field.focus();
        field.select();
        let copied;
        try {
            await navigator.clipboard.writeText(field.value);
            copied = true;
        } catch {
            copied = document.execCommand('copy');
        }
        const status = button.nextElementSibling;
        if (!copied || !status?.classList.contains('copy-status')) return;
        status.textContent = button.dataset.copied;
        setTimeout(() => { status.textContent = ''; }, 3000);
    });
    document.addEventListener('focusin', e => {
        if (e.target instanceof HTMLInputElement && e.target.classList.contains('one-time-value')) e.target.select();
    });
    // A page the server no longer knows (the app restarted: nothing of its circuit was kept) says it loads the
    // latest map, and does: with a reconnect display of its own, Blazor leaves that reload to the page, which stayed
    // on "reloading…" for good. An edit in progress on the map or a meeting being logged survives it (TabDraft keeps it in the tab).
    document.getElementById('components-reconnect-modal')?.addEventListener('components-reconnect-state-changed', e => {
        if (e.detail?.state === 'rejected') location.reload();
    });
    // The map's folded tool menus (Lines, Filter): Escape closes the open one and gives the focus back to its
    // summary; a click anywhere else closes it, as a menu does.
    document.addEventListener('keydown', e => {
        const menu = e.key === 'Escape' && e.target instanceof Element ? e.target.closest('details.tool-menu[open]') : null;
        if (!menu) return;
        menu.open = false;
        menu.querySelector('summary')?.focus();
    });
    document.addEventListener('click', e => {
        const inside = e.target instanceof Element ? e.target.closest('details.tool-menu') : null;
        document.querySelectorAll('details.tool-menu[open]').forEach(d => { if (d !== inside) d.open = false; });
    });
    // A field the browser refuses to send (empty, mistyped, out of range) gets its message in the page's language,
    // from the page's resources (the body's data-validation): the browser's own speaks the browser's language. The
    // message is the field's custom validity, which would refuse the field for good, so each try to send a form
    // clears its fields' first (a click on its submit button, which pressing Enter in a field makes too) and the
    // browser weighs them afresh.
    const words = JSON.parse(document.body.dataset.validation ?? '{}');
    const fill = (text, ...values) => values.reduce((t, v, i) => t.replace(`{${i}}`, v), text ?? '');
    const day = value => new Date(`${value}T00:00`).toLocaleDateString(document.documentElement.lang, { day: 'numeric', month: 'long', year: 'numeric' });
    document.addEventListener('click', e => {
        const submit = e.target instanceof Element ? e.target.closest('button, input[type=submit]') : null;
        if (submit?.form && submit.type === 'submit') [...submit.form.elements].forEach(f => f.setCustomValidity?.(''));
    }, true);
    document.addEventListener('invalid', e => {
        const field = e.target, v = field.validity;
        if (!v || v.customError) return;
        const text = v.valueMissing ? words.required
            : v.typeMismatch ? (field.type === 'email' ? words.email : words.url)
            : v.badInput || v.stepMismatch ? words.number
            : v.rangeUnderflow ? fill(words.atLeast, field.min)
            : v.rangeOverflow ? (field.type === 'date' ? fill(words.notAfter, day(field.max)) : fill(words.atMost, field.max))
            : v.tooShort ? fill(words.tooShort, field.minLength, field.value.length)
            : null;
        if (text) field.setCustomValidity(text);
    }, true);
    let opened = [];
    window.addEventListener('beforeprint', () => {
        if (document.getElementById('print-all')?.checked === false) return;
        opened = [...document.querySelectorAll('details.sheet-more:not([open])')];
        opened.forEach(d => d.open = true);
    });
    window.addEventListener('afterprint', () => {
        opened.forEach(d => d.open = false);
        opened = [];
    });
}
