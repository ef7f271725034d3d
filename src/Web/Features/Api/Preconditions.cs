using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Api;

/// <summary>Optimistic concurrency: a baseVersion in the body, or the standard If-Match header ("5" or W/"5").</summary>
public static class Preconditions
{
    public static long? Base(HttpRequest request, long? fromBody)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (fromBody is not null) return fromBody;
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*") return null;
        var raw = header.Trim().Replace("W/", "", StringComparison.Ordinal).Trim('"');
        return long.TryParse(raw, System.Globalization.CultureInfo.InvariantCulture, out var v)
            ? v
            : throw GraphException.Invalid(
                request.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<Text>>()["Error.IfMatch", header], "If-Match");
    }
}
