namespace SalesOps.Web;

/// <summary>
/// The app's words: <c>IStringLocalizer&lt;Text&gt;</c> reads them from Resources/Text.resx (English)
/// and its translations (Text.es.resx, Text.de.resx). Keys name what a string is for
/// ("Map.Editor.ProfileLink"); every user-visible string goes through here.
/// </summary>
public sealed class Text;
