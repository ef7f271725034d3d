using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesOps.Tests.Support;
using SalesOps.Web.Live;

namespace SalesOps.Tests.Web.Live;

/// <summary>
/// A stopping app opens no new live connection: an open page reconnects the moment SignalR closes its connection,
/// and a connection opened then kept the server from stopping for its whole shutdown timeout (30 s).
/// </summary>
public sealed class LiveShutdownTests : AppTest
{
    [Fact]
    public async Task Once_the_app_is_stopping_the_circuit_and_the_hub_refuse_to_connect_while_other_requests_are_served()
    {
        var (app, _, _) = StartApp(seed: false);
        using var client = app.CreateClient();
        var circuit = $"{LiveShutdown.CircuitPath}/negotiate?negotiateVersion=1";
        var hub = $"{MapsHub.Path}/negotiate?negotiateVersion=1";
        (await client.PostAsync(circuit, null)).StatusCode.ShouldBe(HttpStatusCode.OK, "a running app opens a circuit");
        (await client.PostAsync(hub, null)).StatusCode.ShouldBe(HttpStatusCode.OK, "a running app opens the hub");

        // The app is told it stops, and held there (a callback of its own, run before the others) while the test asks: as
        // in the moment between SignalR closing its connections and the server letting go of its port.
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        using var probed = new ManualResetEventSlim();
        using var held = new ManualResetEventSlim();
        lifetime.ApplicationStopping.Register(() => { held.Set(); probed.Wait(TimeSpan.FromSeconds(30)); });
        var stopping = Task.Run(lifetime.StopApplication);
        held.Wait(TimeSpan.FromSeconds(10)).ShouldBeTrue();
        try
        {
            foreach (var path in new[] { circuit, hub, LiveShutdown.CircuitPath + "?id=any" })
            {
                using var refused = await client.PostAsync(path, null);
                refused.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, path);
                refused.Headers.ConnectionClose.ShouldBe(true, "the keep-alive connection goes too");
            }
            (await client.GetAsync("/health")).StatusCode.ShouldBe(HttpStatusCode.OK, "a plain request is still answered");
            (await client.GetAsync("/api/accounts")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            probed.Set();
            await stopping;
        }
    }
}
