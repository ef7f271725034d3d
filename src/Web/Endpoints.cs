using Scalar.AspNetCore;
using SalesOps.Web.Features.Accounts;
using SalesOps.Web.Features.Arguments;
using SalesOps.Web.Features.Map;
using SalesOps.Web.Features.Meetings;
using SalesOps.Web.Features.Plan;
using SalesOps.Web.Features.Reach;
using SalesOps.Web.Features.Transfer;
using SalesOps.Web.Live;

namespace SalesOps.Web;

public static class Endpoints
{
    /// <summary>Every door of the app besides its pages: the HTTP API of each feature, the hub, health and the API docs.</summary>
    public static void MapSalesOps(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapAccountsApi();
        app.MapMapApi();
        app.MapReachApi();
        app.MapPlanApi();
        app.MapMeetingsApi();
        app.MapArgumentsApi();
        app.MapSheetApi();
        app.MapLive();
        app.MapTransferApi();
        app.MapHealthChecks("/health", new() { ResponseWriter = StoreHealthCheck.WriteAsync });
    }
}
