using Mediator;
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

public sealed class AccountHandlers(IGraphStore store, MapWriter writer, TimeProvider clock) :
    IQueryHandler<ListAccounts, IReadOnlyList<AccountSummary>>,
    ICommandHandler<CreateAccount, Account>,
    ICommandHandler<UpdateAccount, MapResult>,
    ICommandHandler<DeleteAccount, bool>
{
    public async ValueTask<IReadOnlyList<AccountSummary>> Handle(ListAccounts q, CancellationToken ct) =>
        await store.ListAccountsAsync(ct);

    public async ValueTask<Account> Handle(CreateAccount c, CancellationToken ct)
    {
        var account = AccountRules.Create(c.Draft, asOf: clock.Today());
        return (await store.CreateAccountAsync(new AccountMap(account, [], []), ct)).Map.Account;
    }

    public ValueTask<MapResult> Handle(UpdateAccount c, CancellationToken ct) =>
        // Position changes are dated today unless the caller says when they took effect.
        writer.WriteAsync(c.AccountId, map => AccountRules.Update(map, c.Patch with { AsOf = c.Patch.AsOf ?? clock.Today() }), ct);

    public ValueTask<bool> Handle(DeleteAccount c, CancellationToken ct) => writer.DeleteAccountAsync(c.AccountId, ct);
}
