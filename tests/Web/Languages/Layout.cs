using Microsoft.Playwright;

namespace SalesOps.Tests.Web.Languages;

/// <summary>Whether longer words (German's compounds) still fit: nothing sticks out sideways, no word is cut across two lines.</summary>
public static class Layout
{
    /// <summary>Bars, panels, forms, headings and buttons whose content is wider than they are (each as "tag.class: text").</summary>
    public static Task<string[]> OverflowingAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => [...document.querySelectorAll('header, nav, .toolbar, .tabs, .side-panel, .side-panel *, .editor, .editor *, .card-form, .legend, h1, h2, h3, th, button, label, .sheet, .sheet *, .meetings-layout *')]
          .filter(e => e.checkVisibility() && !e.closest('.diagram-canvas') && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1
            && !['auto', 'scroll'].includes(getComputedStyle(e).overflowX))
          .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${e.scrollWidth} > ${e.clientWidth}): ${e.textContent.trim().slice(0, 60)}`)
        """);

    /// <summary>Words of the page's own text that start on one line and end on the next (broken mid-word).</summary>
    public static Task<string[]> CutWordsAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
          const out = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n; (n = walker.nextNode());) {
            const e = n.parentElement;
            if (!e || e.closest('script,style,select,option,datalist,.diagram-canvas') || !e.checkVisibility()) continue;
            for (const m of n.nodeValue.matchAll(/[\p{L}\p{Mn}]{4,}/gu)) {
              const r = document.createRange();
              r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
              const tops = new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top)));
              if (tops.size > 1) out.push(`${e.tagName.toLowerCase()}.${[...e.classList].join('.')}: ${m[0]}`);
            }
          }
          return out;
        }
        """);

    public static Task<bool> FitsSidewaysAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");
}
