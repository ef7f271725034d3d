using SalesOps.Web;
using SalesOps.Web.Components;
using SalesOps.Web.Features.Transfer;

// `export`, `import` and `export-cypher` run against the configured store without starting the server.
if (TransferCli.Handles(args)) return await TransferCli.RunAsync(args);

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
app.UseRequestLocalization(Languages.Options());
app.UseStatusCodePages();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapSalesOps();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.Services.PrepareStoreAsync(app.Lifetime.ApplicationStopping);
await app.RunAsync();
return 0;

/// <summary>The web app's entry point, visible to WebApplicationFactory.</summary>
public partial class Program;
