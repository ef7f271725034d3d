using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace SalesOps.Tests.Support;

/// <summary>
/// The app's words (Resources/Text.resx and its Spanish and German translations) outside a running app:
/// for tests of the sentences src/Graph composes through the localizer its caller hands in.
/// </summary>
public static class Words
{
    public static IStringLocalizer<SalesOps.Web.Text> Text { get; } = new StringLocalizer<SalesOps.Web.Text>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    /// <summary>Reads and formats in <paramref name="culture"/> ("en", "es", "de") until disposed, then puts the thread's cultures back.</summary>
    public static IDisposable In(string culture) => new CultureScope(CultureInfo.GetCultureInfo(culture));

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture, _uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(CultureInfo culture) => CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;

        public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (_culture, _uiCulture);
    }
}
