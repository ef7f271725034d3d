using SalesOps.Graph.Access;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Access;

/// <summary>
/// Who can sign in on a fresh installation: the first administrator (SALESOPS_ADMIN_EMAIL) gets a
/// one-time set-up link in the log, valid 24 hours, printed again at every start until it is used;
/// in Development the demo team is there. There is no default password anywhere.
/// </summary>
public static partial class AccessBootstrap
{
    public static async Task PrepareAccessAsync(this WebApplication app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        var services = app.Services;
        var settings = services.GetRequiredService<AccessSettings>();
        var status = services.GetRequiredService<StoreStatus>();
        var log = services.GetRequiredService<ILoggerFactory>().CreateLogger("SalesOps.Access");
        if (status.Error is not null) return; // the store is down: nobody can sign in, and /health says why
        try
        {
            if (settings.DemoSignIn) await services.GetRequiredService<DemoTeam>().EnsureAsync(ct);
            if (settings.AdminEmail is { Length: > 0 } email) await FirstAdminAsync(app, services, settings, email.Trim(), log, ct);
        }
        catch (GraphException ex)
        {
            LogFailed(log, ex, ex.Message);
        }
    }

    private static async Task FirstAdminAsync(WebApplication app, IServiceProvider services, AccessSettings settings, string email, ILogger log, CancellationToken ct)
    {
        var store = services.GetRequiredService<IAccessStore>();
        var user = await store.UserByEmailAsync(email, ct);
        if (user is null)
        {
            user = new User { Id = Ids.New("u"), Email = email, Name = email.Split('@')[0], Role = AppRole.Admin, CreatedAt = services.GetRequiredService<TimeProvider>().GetUtcNow() };
            await store.SaveUserAsync(user, ct);
        }
        else if (user.Role != AppRole.Admin)
        {
            return; // an existing user is never promoted by an environment variable
        }
        if (settings.Oidc)
        {
            LogCompany(log, email);
            return;
        }
        if (user.PasswordHash is not null) return;
        var path = await services.GetRequiredService<Provisioning>().LinkAsync(user, LinkPurpose.AdminSetup, ct);
        var site = app.Urls.FirstOrDefault() ?? app.Configuration["urls"]?.Split(';')[0] ?? "http://localhost:5080";
        LogSetup(log, email, site.TrimEnd('/') + path);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "First administrator {Email}: open {Link} within 24 hours to choose a password (the link works once; a restart prints a new one until then)")]
    private static partial void LogSetup(ILogger log, string email, string link);

    [LoggerMessage(Level = LogLevel.Information, Message = "First administrator {Email} is an Admin as soon as they sign in with the company sign-in")]
    private static partial void LogCompany(ILogger log, string email);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not prepare sign-in: {Reason}")]
    private static partial void LogFailed(ILogger log, Exception ex, string reason);
}
