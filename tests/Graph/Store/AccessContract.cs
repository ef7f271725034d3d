using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Store;

/// <summary>
/// What every store must do for the access port (IAccessStore), run against each engine like
/// <see cref="StoreContract"/>: users, teams and counterpart links here; tokens and one-time links in
/// AccessContract.Tokens.cs. The store under test is the map store itself: one instance serves both ports.
/// </summary>
public abstract partial class AccessContract
{
    /// <summary>Every user id the contract saves (the live Neo4j tests clean up exactly these).</summary>
    public static readonly string[] ContractUsers = ["u-maria", "u-luis", "u-other", "u-ana", "u-bruno", "u-zoe", .. Enumerable.Range(0, 8).Select(i => $"u-racer-{i}")];

    /// <summary>Not UTC and with ticks below the millisecond: the instant must come back to the tick.</summary>
    protected static readonly DateTimeOffset Now = new DateTimeOffset(2026, 11, 20, 10, 30, 15, TimeSpan.FromHours(1)).AddTicks(1_234_567);

    protected abstract Task<IGraphStore> NewStoreAsync();

    protected async Task<(IGraphStore Maps, IAccessStore Access)> StoresAsync()
    {
        var store = await NewStoreAsync();
        return (store, store.ShouldBeAssignableTo<IAccessStore>()!);
    }

    protected static User Maria => new()
    {
        Id = "u-maria", Email = "  Maria.Vidal@Example.COM ", Name = "María Vidal", Role = AppRole.Trainer, Language = "es",
        PasswordHash = "AQAAAAIAAYagAAAAEHash==", FailedSignIns = 2, LockedUntil = Now.AddMinutes(15),
        ExternalId = "https://login.example|maria", CreatedAt = Now,
    };

    protected static User Plain(string id, string email, string name) => new() { Id = id, Email = email, Name = name, CreatedAt = Now };

    [StoreFact]
    public async Task A_saved_user_reads_back_field_for_field_with_the_email_trimmed_and_lower_cased()
    {
        var (_, access) = await StoresAsync();

        await access.SaveUserAsync(Maria, default);

        var read = (await access.UserAsync("u-maria", default)).ShouldNotBeNull();
        read.ShouldBe(Maria with { Email = "maria.vidal@example.com" });
        (read.CreatedAt.UtcTicks, read.LockedUntil!.Value.UtcTicks).ShouldBe((Now.UtcTicks, Now.AddMinutes(15).UtcTicks));
    }

    [StoreFact]
    public async Task A_user_is_found_by_email_in_any_case_and_by_the_exact_external_id()
    {
        var (_, access) = await StoresAsync();
        await access.SaveUserAsync(Maria, default);

        (await access.UserByEmailAsync("MARIA.vidal@example.com", default))?.Id.ShouldBe("u-maria");
        (await access.UserByEmailAsync(" maria.vidal@EXAMPLE.com", default))?.Id.ShouldBe("u-maria");
        (await access.UserByExternalIdAsync("https://login.example|maria", default))?.Id.ShouldBe("u-maria");
        (await access.UserByExternalIdAsync("https://login.example|MARIA", default)).ShouldBeNull();
        (await access.UserByEmailAsync("nobody@example.com", default)).ShouldBeNull();
        (await access.UserAsync("u-nobody", default)).ShouldBeNull();
    }

    [StoreFact]
    public async Task Users_are_listed_by_name_ignoring_case()
    {
        var (_, access) = await StoresAsync();
        await access.SaveUserAsync(Plain("u-zoe", "zoe@example.com", "zoe"), default);
        await access.SaveUserAsync(Plain("u-ana", "ana@example.com", "Ana"), default);
        await access.SaveUserAsync(Plain("u-bruno", "bruno@example.com", "bruno"), default);

        (await access.UsersAsync(default)).Select(u => u.Id).ShouldBe(["u-ana", "u-bruno", "u-zoe"]);
    }

    [StoreFact]
    public async Task Saving_a_user_again_replaces_every_field()
    {
        var (_, access) = await StoresAsync();
        await access.SaveUserAsync(Maria, default);
        var changed = Plain("u-maria", "maria@vidal.example", "María V.") with { Role = AppRole.Admin, Disabled = true, CreatedAt = Now.AddDays(-1) };

        await access.SaveUserAsync(changed, default);

        (await access.UserAsync("u-maria", default)).ShouldBe(changed);
        (await access.UserByEmailAsync("maria.vidal@example.com", default)).ShouldBeNull();
        (await access.UserByExternalIdAsync("https://login.example|maria", default)).ShouldBeNull();
    }

    [StoreFact]
    public async Task An_email_another_user_has_in_any_case_is_a_conflict_and_changes_nothing()
    {
        var (_, access) = await StoresAsync();
        await access.SaveUserAsync(Maria, default);
        await access.SaveUserAsync(Plain("u-other", "other@example.com", "Other"), default);

        var error = await Should.ThrowAsync<GraphException>(() => access.SaveUserAsync(Plain("u-other", "MARIA.VIDAL@example.com", "Other"), default));

        error.Error.ShouldBe(GraphError.Conflict);
        error.Message.ShouldContain("maria.vidal@example.com");
        (await access.UserAsync("u-other", default))!.Email.ShouldBe("other@example.com");
    }

    [StoreFact]
    public async Task An_external_id_another_user_has_is_a_conflict_and_changes_nothing()
    {
        var (_, access) = await StoresAsync();
        await access.SaveUserAsync(Maria, default);

        var error = await Should.ThrowAsync<GraphException>(() => access.SaveUserAsync(
            Plain("u-other", "other@example.com", "Other") with { ExternalId = "https://login.example|maria" }, default));

        error.Error.ShouldBe(GraphError.Conflict);
        error.Message.ShouldContain("https://login.example|maria");
        (await access.UserAsync("u-other", default)).ShouldBeNull();
    }

    [StoreFact]
    public async Task Of_users_saved_at_once_with_one_email_exactly_one_is_kept()
    {
        var (_, access) = await StoresAsync();
        var start = new TaskCompletionSource();

        var saves = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await access.SaveUserAsync(Plain($"u-racer-{i}", $"Racer@Example.com", $"Racer {i}"), default);
                return true;
            }
            catch (GraphException ex) when (ex.Error == GraphError.Conflict)
            {
                return false;
            }
        })).ToList();
        start.SetResult();

        (await Task.WhenAll(saves)).Count(saved => saved).ShouldBe(1);
        (await access.UsersAsync(default)).ShouldHaveSingleItem().Email.ShouldBe("racer@example.com");
    }

    /// <summary>The sample account (with counterpart c-ana), an empty account acc-a, and two users.</summary>
    protected static async Task SeedAsync(IGraphStore maps, IAccessStore access)
    {
        await maps.CreateAccountAsync(Maps.Sample(), default);
        await maps.CreateAccountAsync(new AccountMap(new Account { Id = "acc-a", Name = "Acme Automation AG" }, [], []), default);
        await access.SaveUserAsync(Maria, default);
        await access.SaveUserAsync(Plain("u-luis", "luis@example.com", "Luis"), default);
    }
}
