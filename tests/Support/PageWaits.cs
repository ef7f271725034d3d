using Microsoft.Playwright;

namespace SalesOps.Tests.Support;

/// <summary>Waits on a page that do not depend on the browser reporting a load event.</summary>
public static class PageWaits
{
    /// <summary>
    /// Until the page's address matches, read as Playwright last heard it. WaitForURLAsync, when the address
    /// already matched as it began (a redirect that landed first), waited for that page's "load" as well, and
    /// twice on CI that never came (15 s with only "NetworkIdle" fired). What the caller does next (a locator,
    /// another page) waits for what it needs.
    /// </summary>
    public static Task<string> ArrivedAtAsync(this IPage page, Func<string, bool> where, int seconds = 15)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Eventually.ThatAsync(() => Task.FromResult(page.Url), where, "the page's address to match", seconds);
    }
}
