using Microsoft.Playwright;

namespace SalesOps.Tests.Web.Languages;

/// <summary>One piece of text a person sees (or hears from a screen reader) on a page, and where it is.</summary>
public sealed record SeenText(string Text, string Where);

/// <summary>
/// What a page shows: its visible text nodes, the options of its lists, the document title and the
/// placeholder, title, aria-label and alt attributes of visible elements; each with a short path to find it.
/// </summary>
public static class VisibleText
{
    private const string Collect = """
        () => {
          const out = [];
          const where = e => { const parts = []; for (let x = e; x && x !== document.body && parts.length < 4; x = x.parentElement)
              parts.unshift(x.tagName.toLowerCase() + (x.id ? '#' + x.id : '') + (x.classList.length ? '.' + [...x.classList].join('.') : ''));
            return parts.join(' > '); };
          // Text marked as another language (the picker's "Deutsch") is not the page's to translate.
          const otherLanguage = e => e.closest('[lang]') !== document.documentElement;
          const seen = e => e.tagName === 'OPTION' ? seen(e.closest('select,datalist') ?? e) : e.tagName === 'DATALIST' ? true : e.checkVisibility({ visibilityProperty: true });
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n; (n = walker.nextNode());) {
            const e = n.parentElement, text = n.nodeValue.trim();
            if (!text || !e || e.closest('script,style,noscript,template') || otherLanguage(e) || !seen(e)) continue;
            out.push({ text, where: where(e) });
          }
          for (const e of document.body.querySelectorAll('[placeholder],[title],[aria-label],[alt],option[value],input[type=submit][value],input[type=button][value]')) {
            if (otherLanguage(e) || !seen(e)) continue;
            for (const a of ['placeholder', 'title', 'aria-label', 'alt']) if (e.getAttribute(a)?.trim()) out.push({ text: e.getAttribute(a).trim(), where: where(e) + '@' + a });
            if (e.tagName === 'OPTION' && e.closest('datalist')) out.push({ text: e.value, where: where(e) + '@value' });
            if (e.tagName === 'INPUT') out.push({ text: e.value, where: where(e) + '@value' });
          }
          if (document.title.trim()) out.push({ text: document.title.trim(), where: 'title' });
          return out;
        }
        """;

    public static async Task<IReadOnlyList<SeenText>> OfAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var found = await page.EvaluateAsync<System.Text.Json.JsonElement>(Collect);
        return [.. found.EnumerateArray().Select(e => new SeenText(e.GetProperty("text").GetString()!, e.GetProperty("where").GetString()!))];
    }

    /// <summary>Waits until the page's text has not changed for a moment (the circuit has rendered what it loads).</summary>
    public static async Task SettleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForFunctionAsync("""
            () => { const now = document.body.innerText + document.title;
              if (window.__settle?.text !== now) { window.__settle = { text: now, at: Date.now() }; return false; }
              return Date.now() - window.__settle.at > 600; }
            """, null, new() { PollingInterval = 100, Timeout = 15_000 });
    }
}
