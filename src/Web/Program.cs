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
app.UseStatusCodePages();
app.UseAccess();
// After sign-in, so a signed-in user's saved language can choose.
app.UseRequestLocalization(Languages.Options());
app.UseHubOrigins();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapSalesOps();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.Services.PrepareStoreAsync(app.Lifetime.ApplicationStopping);
await app.PrepareAccessAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();
return 0;

/// <summary>The web app's entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
