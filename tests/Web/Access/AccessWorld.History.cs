using Mediator;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Model;
using SalesOps.Web.Features.Map;

namespace SalesOps.Tests.Web.Access;

/// <summary>Changes to undo and restore, for the doors of an account's history.</summary>
public sealed partial class AccessWorld
{
    /// <summary>A new person added by Jordi (his tokens are in the table): the version only he may undo.</summary>
    public async Task<(long Version, string PersonId)> FreshChangeByJordiAsync()
    {
        using var scope = App.ScopeAs("jordi");
        var draft = new NodeDraft { Kind = NodeKind.Person, Name = FreshName("Jordi's person"), Level = Level.Manager };
        var result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new AddNode(Account, draft));
        return (result.Version, result.Commit.Ops.OfType<PutNode>().Single().Node.Id);
    }

    /// <summary>A new person, deleted again by the admin: the version that removed them.</summary>
    public async Task<(long Version, string PersonId)> FreshRemovalAsync()
    {
        var person = await FreshPersonAsync();
        var (_, removed) = await Admin.SendAsync(HttpMethod.Delete, $"/api/accounts/{Account}/nodes/{person}");
        return ((long)removed!["version"]!, person);
    }
}
