using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Store;
using SalesOps.Graph.Store.Sqlite;
using SalesOps.Tests.Support;
using SalesOps.Web.Live;

namespace SalesOps.Tests.Web.Faults;

/// <summary>
/// The test app runs on its own SQLite file without Redis whatever the machine's environment says (a
/// developer's shell with SALESOPS_STORE=neo4j or SALESOPS_REDIS set must not send every test there).
/// </summary>
public sealed class AppFactoryPinTests : AppTest
{
    private static readonly string[] Variables = ["SALESOPS_STORE", "SALESOPS_REDIS", "SalesOps__Store", "SalesOps__Redis"];

    [Fact]
    public void The_test_app_uses_SQLite_and_the_in_process_bus_whatever_the_environment_says()
    {
        var before = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);
        RunningApp app;
        try
        {
            Environment.SetEnvironmentVariable("SALESOPS_STORE", "neo4j");
            Environment.SetEnvironmentVariable("SalesOps__Store", "neo4j");
            // Nothing listens there: an app that took it would fail to connect.
            Environment.SetEnvironmentVariable("SALESOPS_REDIS", "127.0.0.1:1");
            Environment.SetEnvironmentVariable("SalesOps__Redis", "127.0.0.1:1");
            app = StartApp(seed: false);
        }
        finally
        {
            foreach (var (name, value) in before) Environment.SetEnvironmentVariable(name, value);
        }

        app.App.Services.GetRequiredService<IGraphStore>().ShouldBeOfType<SqliteStore>();
        app.App.Services.GetRequiredService<ILiveBus>().ShouldBeOfType<InProcessBus>();
        app.App.Services.GetRequiredService<SalesOps.Web.StoreStatus>().Error.ShouldBeNull();
    }

    [Fact]
    public void A_child_app_gets_none_of_this_processs_SalesOps_settings_in_either_form()
    {
        // Names of no real setting, so the tests running beside this one see no difference.
        string[] ours = ["SALESOPS_PIN_TEST_MARKER", "SalesOps__PinTest__Marker", "salesops_pin_test_lower"];
        try
        {
            foreach (var name in ours) Environment.SetEnvironmentVariable(name, "set by the test process");
            Environment.SetEnvironmentVariable("PIN_TEST_OTHER", "kept");

            var start = AppStart.Info(Path.GetTempPath(), "export");

            start.Environment.Keys.ShouldNotContain(k => ours.Contains(k));
            start.Environment["PIN_TEST_OTHER"].ShouldBe("kept");
            start.ArgumentList.ShouldBe([Path.Combine(AppContext.BaseDirectory, "SalesOps.Web.dll"), "export"]);
        }
        finally
        {
            foreach (var name in ours) Environment.SetEnvironmentVariable(name, null);
            Environment.SetEnvironmentVariable("PIN_TEST_OTHER", null);
        }
    }
}
