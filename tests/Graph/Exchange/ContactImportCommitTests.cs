using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;
using static SalesOps.Tests.Graph.Exchange.ExchangeData;

namespace SalesOps.Tests.Graph.Exchange;

/// <summary>Mapping by hand, what a commit writes, confirming against a moved map, and undoing the whole import.</summary>
public class ContactImportCommitTests
{
    private const string Header = "First Name,Last Name,Title,Email,Department,Reports To\n";

    [Fact]
    public void A_column_mapped_by_hand_is_used_and_comes_back_in_the_mapping_to_remember()
    {
        var file = Utf8("Persona;Ciudad;Mail\nAna Pérez;Madrid;ana@x.example\n");

        var preview = Preview(Vidal(), file, ColumnMapping.Of(("persona", ContactField.FullName)));

        preview.Errors.ShouldBeEmpty();
        preview.Rows.Single().Name.ShouldBe("Ana Pérez");
        preview.Columns.Select(c => (c.Header, c.Field, c.Source)).ShouldBe(
            [("Persona", ContactField.FullName, ColumnSource.Mapped), ("Ciudad", ContactField.Ignore, ColumnSource.Unrecognised), ("Mail", ContactField.Email, ColumnSource.Recognised)]);
        preview.Columns[0].Samples.ShouldBe(["Ana Pérez"]);
        preview.Mapping.Fields.ShouldBe(new Dictionary<string, ContactField>
        {
            ["Persona"] = ContactField.FullName, ["Ciudad"] = ContactField.Ignore, ["Mail"] = ContactField.Email,
        }, ignoreOrder: true);
    }

    [Fact]
    public void Mapping_a_recognised_column_to_ignore_switches_it_off()
    {
        var map = Import(Vidal(), Utf8(Header + "Ana,Pérez,Buyer,ana@x.example,Purchasing,\n"), ColumnMapping.Of(("Department", ContactField.Ignore)));

        People(map).ShouldContain("Ana Pérez | Buyer | - | -");
    }

    [Fact]
    public void A_changed_manager_and_function_replace_the_old_lines_in_one_commit()
    {
        var map = Import(Vidal(), Utf8(Header + "Luis,Gómez,Buyer,luis@x.example,Purchasing,María Vidal\nJordi,Puig,Engineer,jordi@x.example,Engineering,María Vidal\n"));

        var preview = Preview(map, Utf8(Header + "Luis,Gómez,Buyer,luis@x.example,Engineering,Jordi Puig\n"));
        var after = map.With(preview.Ops);

        preview.Rows.Single().Changes.Select(c => (c.Field, c.Before, c.After)).ShouldBe(
            [(ContactField.Department, "Purchasing", "Engineering"), (ContactField.ReportsToName, "María Vidal", "Jordi Puig")]);
        preview.Ops.Select(o => o.GetType().Name).ShouldBe(["RemoveEdge", "RemoveEdge", "PutEdge", "PutEdge"]);
        People(after).ShouldContain("Luis Gómez | Buyer | Engineering | Jordi Puig");
    }

    [Fact]
    public void Confirming_decides_the_same_ops_and_refuses_a_map_that_moved_on()
    {
        var map = Vidal();
        var file = Fixture("salesforce-contacts-and-accounts.csv");
        var preview = Preview(map, file);

        var ops = ContactImport.Decide(map, file, null, null, preview.BaseVersion);

        ops.Count.ShouldBe(preview.Ops.Count);
        ops.OfType<PutNode>().Select(p => p.Node.Name).ShouldBe(preview.Ops.OfType<PutNode>().Select(p => p.Node.Name));
        Should.Throw<GraphException>(() => ContactImport.Decide(map with { Account = map.Account with { Version = 8 } }, file, null, null, preview.BaseVersion))
            .Error.ShouldBe(GraphError.Conflict);
        Should.Throw<GraphException>(() => ContactImport.Decide(map, Utf8("Name,Email\n,bad\n"), null, null, map.Version))
            .Error.ShouldBe(GraphError.Invalid);
    }

    [Fact]
    public void Undoing_an_import_puts_the_map_back_as_it_was()
    {
        var before = Import(Vidal(), Utf8(Header + "Luis,Gómez,Buyer,luis@x.example,Purchasing,María Vidal\n"));
        var (commit, after) = Committed(before, Fixture("salesforce-contacts-and-accounts.csv"));

        var undone = after.Apply(new Commit(after.Account.Id, after.Version + 1, ImportUndo.Ops(before, commit, after)));

        People(undone).ShouldBe(People(before));
        Functions(undone).ShouldBe(Functions(before));
        undone.Find("p-maria")!.Title.ShouldBe("CFO");
    }

    [Fact]
    public void An_import_whose_people_were_edited_since_is_not_undone()
    {
        var before = Vidal();
        var (commit, after) = Committed(before, Fixture("hubspot-contacts.csv"));
        var pau = after.OfKind(NodeKind.Person).Single(p => p.Name == "Pau Serra");
        var edited = after.Apply(new Commit(after.Account.Id, after.Version + 1,
            Commit.Stamp(EdgeRules.Connect(after, new EdgeDraft { Type = EdgeType.TALKS_WITH, From = "c-ana", To = pau.Id }), after.Version + 1)));

        var refused = Should.Throw<GraphException>(() => ImportUndo.Ops(before, commit, edited));

        refused.Error.ShouldBe(GraphError.Conflict);
        refused.Message.ShouldContain("'Ana Ruiz talks with Pau Serra'");
    }

    private static (Commit Commit, AccountMap After) Committed(AccountMap map, byte[] file)
    {
        var commit = new Commit(map.Account.Id, map.Version + 1, Commit.Stamp(Preview(map, file).Ops, map.Version + 1));
        return (commit, map.Apply(commit));
    }
}
