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
