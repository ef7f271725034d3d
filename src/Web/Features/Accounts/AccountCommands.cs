using Mediator;
using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Web.Access;
using SalesOps.Web.Features.Map;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Accounts;

public sealed record ListAccounts : IQuery<IReadOnlyList<AccountSummary>>, IDoor
{
    public Need Need => Need.SignedIn;
}

public sealed record CreateAccount(AccountDraft Draft) : ICommand<Account>, IDoor
{
    public Need Need => Need.SignedIn;
}

public sealed record UpdateAccount(string AccountId, AccountPatch Patch) : ICommand<MapResult>, IDoor
{
    public Need Need => Need.Write(AccountId);
}

public sealed record DeleteAccount(string AccountId) : ICommand<bool>, IDoor
{
    public Need Need => Need.Own(AccountId);
}

public sealed class AccountHandlers(IGraphStore store, IAccessStore access, MapWriter writer, TimeProvider clock, CurrentUser current, AccessDirectory directory, ILiveBus bus) :
    IQueryHandler<ListAccounts, IReadOnlyList<AccountSummary>>,
    ICommandHandler<CreateAccount, Account>,
    ICommandHandler<UpdateAccount, MapResult>,
    ICommandHandler<DeleteAccount, bool>
{
    /// <summary>The accounts the caller may see: their teams' (all for an Admin).</summary>
    public async ValueTask<IReadOnlyList<AccountSummary>> Handle(ListAccounts q, CancellationToken ct)
    {
        var sees = await directory.VisibleToAsync(await current.GetAsync(), ct);
        return [.. (await store.ListAccountsAsync(ct)).Where(s => sees(s.Account.Id))];
    }

    /// <summary>A new account, with its creator as the Owner of its team.</summary>
    public async ValueTask<Account> Handle(CreateAccount c, CancellationToken ct)
    {
        var account = AccountRules.Create(c.Draft, asOf: clock.Today());
        var caller = await current.GetAsync();
        var created = (await store.CreateAccountAsync(new AccountMap(account, [], []), caller.Author().As(ChangeKind.Create), ct)).Map.Account;
        if (caller.UserId is { } userId)
        {
            await access.SetMemberAsync(new TeamMember(created.Id, userId, AccountRole.Owner), ct);
            // Here at once; on the other instances when the bus brings the news.
            directory.Forget(userId);
            await bus.PublishAsync(new AccessChanged(created.Id, userId), CancellationToken.None);
        }
        return created;
    }

    public ValueTask<MapResult> Handle(UpdateAccount c, CancellationToken ct) =>
        // Position changes are dated today unless the caller says when they took effect.
        writer.WriteAsync(c.AccountId, map => AccountRules.Update(map, c.Patch with { AsOf = c.Patch.AsOf ?? clock.Today() }), ct);

    public ValueTask<bool> Handle(DeleteAccount c, CancellationToken ct) => writer.DeleteAccountAsync(c.AccountId, ct);
}
