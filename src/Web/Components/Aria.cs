namespace SalesOps.Web;

/// <summary>ARIA states as the words they must be: Blazor renders a bool attribute as present-or-absent, which ARIA reads wrongly.</summary>
public static class Aria
{
    public static string Of(bool value) => value ? "true" : "false";
}
