using Scalar.AspNetCore;
using SalesOps.Web.Features.Access;
using SalesOps.Web.Features.Accounts;
using SalesOps.Web.Features.Arguments;
using SalesOps.Web.Features.History;
using SalesOps.Web.Features.Exchange;
using SalesOps.Web.Features.LanguageChoice;
using SalesOps.Web.Features.Map;
using SalesOps.Web.Features.Meetings;
using SalesOps.Web.Features.Moves;
using SalesOps.Web.Features.Plan;
using SalesOps.Web.Features.Reach;
using SalesOps.Web.Features.Training;
using SalesOps.Web.Features.Transfer;
using SalesOps.Web.Access;
using SalesOps.Web.Live;

namespace SalesOps.Web;

public static class Endpoints
{
    /// <summary>Every door of the app besides its pages: the HTTP API of each feature, the hub, health and the API docs.</summary>
    public static void MapSalesOps(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // The API's description: open in Development, for Admins elsewhere.
        var docs = app.MapGroup("");
        if (!app.Environment.IsDevelopment()) docs.RequireAuthorization(p => p.AddRequirements(new NeedRequirement(Need.AtLeast(Graph.Access.AppRole.Admin))));
        docs.MapOpenApi();
        docs.MapScalarApiReference();

        // Every API endpoint: signed in (cookie or token), within the rate limit, bodies only in the declared
        // content type. Who may pass each one is then decided by its door (AccessBehavior).
        var api = app.MapGroup("").RequireAuthorization().RequireRateLimiting("api").AddEndpointFilter<JsonOnly>();
        api.MapAccountsApi();
        api.MapMapApi();
        api.MapReachApi();
        api.MapMovesApi();
        api.MapPlanApi();
        api.MapMeetingsApi();
        api.MapArgumentsApi();
        api.MapSheetApi();
        api.MapTransferApi();
        api.MapHistoryApi();
        api.MapTeamApi();
        api.MapExchangeApi();
        api.MapTrainingApi();
        app.MapLive();
        app.MapSignIn();
        app.MapLanguage();
        app.MapHealthChecks("/health", new() { ResponseWriter = StoreHealthCheck.WriteAsync });
    }
}
