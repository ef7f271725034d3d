using Bunit;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Model;
using SalesOps.Tests.Support;
using SalesOps.Web.Features.Map;

namespace SalesOps.Tests.Web.Widgets;

/// <summary>The person editor's warnings: a name that is too long says so, a namesake is pointed out.</summary>
public sealed class NodeEditorTests : BunitContext
{
    public NodeEditorTests() => Services.AddLocalization(o => o.ResourcesPath = "Resources");

    private IRenderedComponent<NodeEditor> Editor(NodeDraft form) =>
        Render<NodeEditor>(p => p.Add(e => e.Form, form).Add(e => e.Map, Maps.Sample()).Add(e => e.IsNew, true));

    [Fact]
    public void A_name_longer_than_allowed_is_kept_whole_and_its_length_is_shown()
    {
        var name = new string('x', 120);

        var cut = Editor(new NodeDraft { Kind = NodeKind.Person, Name = name });

        cut.Find("#node-name").GetAttribute("maxlength").ShouldBeNull();
        cut.Find("#node-name").GetAttribute("value").ShouldBe(name);
        cut.Find("#name-count").TextContent.ShouldBe("120/100 characters");
        cut.Find("#name-count").ClassList.ShouldContain("over");
    }

    [Fact]
    public void A_second_person_with_the_same_name_is_pointed_out_accents_and_case_aside()
    {
        var cut = Editor(new NodeDraft { Kind = NodeKind.Person, Name = "luis gomez" });

        cut.Find(".warning").TextContent.ShouldBe("There is already someone called Luis Gómez on this map (Purchasing). Save anyway if it is another person.");
        Editor(new NodeDraft { Kind = NodeKind.Person, Name = "Luisa Gómez" }).FindAll(".warning").ShouldBeEmpty();
    }
}
