using Microsoft.AspNetCore.Http.Metadata;

namespace SalesOps.Web.Access;

/// <summary>
/// The API takes bodies in the content type it declares (JSON unless an endpoint says otherwise).
/// A cross-site form or text/plain post, which a browser sends without asking first, is refused
/// before anything reads it.
/// </summary>
public sealed class JsonOnly : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        var hasBody = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
        if (!hasBody) return next(context);
        var accepted = context.HttpContext.GetEndpoint()?.Metadata.GetOrderedMetadata<IAcceptsMetadata>().SelectMany(a => a.ContentTypes).ToList() ?? [];
        if (accepted.Count == 0) accepted.Add("application/json");
        var type = request.ContentType?.Split(';')[0].Trim() ?? "";
        if (accepted.Any(a => string.Equals(a, type, StringComparison.OrdinalIgnoreCase) || (a == "application/json" && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase))))
            return next(context);
        // 415, as routing answers a content type no endpoint declares: the body is not read, nothing changes.
        throw new BadHttpRequestException($"This endpoint takes {string.Join(" or ", accepted)}, not '{(type.Length == 0 ? "no content type" : type)}'.",
            StatusCodes.Status415UnsupportedMediaType);
    }
}
