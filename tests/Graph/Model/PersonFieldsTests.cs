using SalesOps.Graph.Model;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Model;

/// <summary>A person's profile link: an http(s) address, on people only, cleared with an empty string.</summary>
public sealed class PersonFieldsTests
{
    [Fact]
    public void A_profile_link_is_kept_trimmed_and_cleared_with_an_empty_string()
    {
        var map = Maps.Sample();
        map = map.With(NodeRules.Update(map, "p-maria", new NodePatch { LinkedIn = "https://www.linkedin.com/in/maria-vidal" }));

        var added = Put(NodeRules.Add(map, new NodeDraft { Kind = NodeKind.Person, Name = "Eva Ortiz", LinkedIn = " https://www.linkedin.com/in/eva-ortiz " }));
        var cleared = Put(NodeRules.Update(map, "p-maria", new NodePatch { LinkedIn = "" }));
        var kept = Put(NodeRules.Update(map, "p-maria", new NodePatch { Title = "CEO" }));

        added.LinkedIn.ShouldBe("https://www.linkedin.com/in/eva-ortiz");
        cleared.LinkedIn.ShouldBeNull();
        kept.LinkedIn.ShouldBe("https://www.linkedin.com/in/maria-vidal");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com/me")]
    [InlineData("linkedin.com/in/someone")]
    public void A_profile_link_that_is_not_an_http_address_is_refused(string link)
    {
        var error = Should.Throw<GraphException>(() => NodeRules.Update(Maps.Sample(), "p-maria", new NodePatch { LinkedIn = link }));

        (error.Error, error.Field).ShouldBe((GraphError.Invalid, "linkedIn"));
        error.Message.ShouldContain("http(s) address");
    }

    [Fact]
    public void Only_a_person_has_a_profile_link()
    {
        var error = Should.Throw<GraphException>(() => NodeRules.Update(Maps.Sample(), "c-ana", new NodePatch { LinkedIn = "https://www.linkedin.com/in/ana" }));

        error.Field.ShouldBe("linkedIn");
    }

    [Fact]
    public void Some_demo_people_have_a_profile_link_and_every_one_is_a_web_address()
    {
        var people = SalesOps.Seed.DemoData.Generate().SelectMany(m => m.OfKind(NodeKind.Person)).ToList();

        var linked = people.Where(p => p.LinkedIn is not null).ToList();

        linked.Count.ShouldBeInRange(people.Count / 10, people.Count / 2);
        linked.ShouldAllBe(p => p.LinkedIn!.StartsWith("https://www.linkedin.com/in/", StringComparison.Ordinal) && p.Email != null);
    }

    [Fact]
    public void The_drawable_relationships_between_two_kinds_come_from_the_model()
    {
        EdgeRules.TypesJoining(NodeKind.Person, NodeKind.Person).ShouldBe([EdgeType.INFLUENCES, EdgeType.REPORTS_TO]);
        EdgeRules.TypesJoining(NodeKind.Counterpart, NodeKind.Person).ShouldBe([EdgeType.TALKS_WITH]);
        EdgeRules.TypesJoining(NodeKind.Person, NodeKind.Counterpart).ShouldBeEmpty();
        EdgeRules.TypesJoining(NodeKind.Counterpart, NodeKind.Counterpart).ShouldBeEmpty();
        EdgeRules.TypesJoining(NodeKind.Person, NodeKind.Function).ShouldBeEmpty(); // WORKS_IN is set in the person's form
    }

    private static Node Put(IReadOnlyList<MapOp> ops) => ops.OfType<PutNode>().Single().Node;
}
