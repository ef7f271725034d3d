using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

using SalesOps.Web.Contracts;

namespace SalesOps.Web.Features.Api;

/// <summary>
/// Turns errors a caller can cause into ProblemDetails: rule violations and limits 400 (the limit named in "field"), documents past a size limit 413, unknown ids 404,
/// stale versions and duplicates 409, an unavailable store 503 with Retry-After (and a log line: the
/// operator has something to fix). Anything else is ours: logged, 500.
/// Titles are in the request's language (details written from resources already are); the error
/// codes and field names in the extensions stay as the API spells them.
/// </summary>
public sealed partial class ProblemHandler(IProblemDetailsService problems, ILogger<ProblemHandler> log, IStringLocalizer<Text> text) : IExceptionHandler
{
    /// <summary>What an unavailable store asks callers to wait when it does not say (Neo4j restarting, say).</summary>
    public static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(5);

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        // The exception handler runs outside the localization middleware, whose culture does not flow back out.
        if (context.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } culture)
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = (culture.Culture, culture.UICulture);
        var (status, title, detail, extensions) = exception switch
        {
            GraphException g => (Status(g.Error), text[$"Problem.{Kind(g.Error)}"].Value, g.Message, Extensions(g)),
            BadHttpRequestException { InnerException: JsonException j } => (400, text["Problem.Json"].Value, Describe(j), null),
            BadHttpRequestException b => (b.StatusCode, text["Problem.Request"].Value, b.Message, null),
            _ => (0, "", "", null),
        };
        if (status == 0) return false;
        context.Response.StatusCode = status;
        if (exception is GraphException { Error: GraphError.Unavailable } unavailable)
        {
            var wait = unavailable.RetryAfter ?? DefaultRetryAfter;
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            LogUnavailable(log, exception, context.Request.Method, context.Request.Path, exception.Message);
        }
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = status, Title = title, Detail = detail };
        foreach (var (k, v) in extensions ?? []) problem.Extensions[k] = v;
        return await problems.TryWriteAsync(new() { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    public static int Status(GraphError error) => error switch
    {
        GraphError.Invalid => StatusCodes.Status400BadRequest,
        GraphError.NotFound => StatusCodes.Status404NotFound,
        GraphError.Conflict => StatusCodes.Status409Conflict,
        GraphError.SignInRequired => StatusCodes.Status401Unauthorized,
        GraphError.Forbidden => StatusCodes.Status403Forbidden,
        GraphError.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status503ServiceUnavailable,
    };

    /// <summary>The title's key: "Problem.Invalid" … "Problem.TooLarge", "Problem.Unavailable".</summary>
    private static string Kind(GraphError error) => error switch
    {
        GraphError.Invalid or GraphError.NotFound or GraphError.Conflict or GraphError.SignInRequired or GraphError.Forbidden or GraphError.TooLarge => error.ToString(),
        _ => "Unavailable",
    };

    private static Dictionary<string, object?> Extensions(GraphException g)
    {
        var ext = new Dictionary<string, object?> { ["error"] = g.Error.ToString() };
        if (g.Field is not null) ext["field"] = g.Field;
        ext["current"] = g.Current switch
        {
            Node n => NodeDto.From(n, null),
            Edge e => EdgeDto.Of(e),
            Account a => AccountDto.From(a),
            _ => null,
        };
        return ext;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Path} answered 503, the store is unavailable: {Reason}")]
    private static partial void LogUnavailable(ILogger log, Exception ex, string method, string path, string reason);

    private static string Describe(JsonException j) =>
        j.Path is { Length: > 0 } path ? $"{j.Message.Split(" Path:")[0]} (at {path})" : j.Message;
}
