using SalesOps.Web;
using SalesOps.Web.Access;
using SalesOps.Web.Live;
using SalesOps.Web.Components;
using SalesOps.Web.Cli;

// A command (export, import, export-cypher, generate, training …, --help) runs against the configured store
// without starting the server; anything else, or nothing, starts the web app.
if (Cli.Handles(args)) return await Cli.RunAsync(args);

var builder = WebApplication.CreateBuilder(args);

// ASPNETCORE_URLS, --urls or ASPNETCORE_HTTP_PORTS (set to 8080 in the .NET container images) win;
// without them the documented local address is used.
if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["http_ports"]))
    builder.WebHost.UseUrls("http://localhost:5080");
// Serves the packages' _content files also when run from source outside Development.
builder.WebHost.UseStaticWebAssets();

builder.AddSalesOps();

var app = builder.Build();

app.UseExceptionHandler();
// Before anything else: a stopping app refuses the live connections that would keep it from stopping.
app.UseLiveShutdown();
app.UseStatusCodePages();
app.UseNotFoundPage();
app.UseAccess();
// After sign-in, so a signed-in user's saved language can choose.
app.UseRequestLocalization(Languages.Options());
app.UseLimits();
app.UseHubOrigins();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapSalesOps();
// The pages' live connection is not compressed unless SALESOPS_WEBSOCKET_COMPRESSION=true (#20): compression keeps a
// deflate state on the server for every open page (docs/benchmarks.md, "Memory per viewer"), and a compressed stream
// mixing what others typed with what the page shows is what compression side channels feed on (why ASP.NET Core calls
// the switch dangerous). The accept context is set explicitly: DisableWebSocketCompression alone still let it compress.
var compress = app.Configuration.GetValue("SALESOPS_WEBSOCKET_COMPRESSION", false);
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o =>
{
    o.ContentSecurityFrameAncestorsPolicy = "'none'"; // as SecurityHeaders says for every page
    o.ConfigureWebSocketAcceptContext = (_, accept) =>
    {
        accept.DangerousEnableCompression = compress;
        return Task.CompletedTask;
    };
});

await app.Services.PrepareStoreAsync(app.Lifetime.ApplicationStopping);
await app.PrepareAccessAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();
return 0;

/// <summary>The web app's entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
