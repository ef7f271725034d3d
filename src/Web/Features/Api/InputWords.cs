using Microsoft.Extensions.Localization;

namespace SalesOps.Web;

/// <summary>
/// The app's words (Resources/Text.resx and its translations) for the static parsers of query strings and
/// request bodies, which run before any component or handler could hand them a localizer: the message is
/// composed when it is thrown, in CultureInfo.CurrentUICulture (the request's language; English in the CLI).
/// </summary>
public static class InputWords
{
    private static readonly IStringLocalizer Text = Graph.Model.Errors.LocalizerOver(typeof(InputWords).Assembly, "SalesOps.Web.Resources.Text");

    public static string Say(string key, params object[] args) => Text[key, args].Value;
}
