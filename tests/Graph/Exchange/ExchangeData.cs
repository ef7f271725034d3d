using System.Runtime.CompilerServices;
using System.Text;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;

namespace SalesOps.Tests.Graph.Exchange;

/// <summary>The account the fixtures describe, the fixture files, and a map written out line by line to compare with.</summary>
internal static class ExchangeData
{
    static ExchangeData() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>What Excel in Spain and Germany saves a "CSV" in.</summary>
    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>Vidal Packaging before any import: two functions, the CFO, one of ours.</summary>
    public static AccountMap Vidal() => new(
        new Account { Id = "acc-vidal", Name = "Vidal Packaging S.A.", Version = 7 },
        [
            new Node { Id = "f-purchasing", Kind = NodeKind.Function, Name = "Purchasing", Involvement = Involvement.Direct },
            new Node { Id = "f-engineering", Kind = NodeKind.Function, Name = "Engineering", Involvement = Involvement.Indirect },
            new Node
            {
                Id = "p-maria", Kind = NodeKind.Person, Name = "María Vidal", Title = "CFO", Stance = Stance.Skeptic, Influence = Influence.High,
                Roles = [BuyingRole.DecisionMaker], Email = "maria.vidal@vidal-packaging.example", X = 400, Y = 0,
            },
            new Node { Id = "c-ana", Kind = NodeKind.Counterpart, Name = "Ana Ruiz", TeamRole = TeamRole.AccountManager, Email = "ana.ruiz@salesops.example" },
        ],
        []);

    public static byte[] Fixture(string name, [CallerFilePath] string here = "") =>
        File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(here)!, "Fixtures", name));

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static ImportPreview Preview(AccountMap map, byte[] file, ColumnMapping? mapping = null, ImportOptions? options = null) =>
        ContactImport.Preview(map, file, mapping, options);

    /// <summary>Imports for real: the preview's ops applied as the one commit a store would write.</summary>
    public static AccountMap Import(AccountMap map, byte[] file, ColumnMapping? mapping = null)
    {
        var preview = ContactImport.Preview(map, file, mapping);
        preview.Errors.ShouldBeEmpty(string.Join(Environment.NewLine, preview.Errors.Select(e => e.Message)));
        return map.Apply(new Commit(map.Account.Id, map.Version + 1, Commit.Stamp(preview.Ops, map.Version + 1)));
    }

    /// <summary>"Name | title | function | manager", one line per person, by name.</summary>
    public static string[] People(AccountMap map) =>
    [
        .. map.OfKind(NodeKind.Person).OrderBy(p => p.Name, StringComparer.InvariantCulture).Select(p =>
        {
            var function = map.FunctionOf(p.Id) is { } f ? map.Find(f)!.Name : "-";
            var manager = map.Outgoing(p.Id).FirstOrDefault(e => e.Type == EdgeType.REPORTS_TO && !e.Dotted) is { } m ? map.Find(m.To)!.Name : "-";
            return $"{p.Name} | {p.Title ?? "-"} | {function} | {manager}";
        }),
    ];

    public static string[] Functions(AccountMap map) => [.. map.OfKind(NodeKind.Function).Select(f => f.Name).Order(StringComparer.Ordinal)];
}
