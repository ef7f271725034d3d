using SalesOps.Tests.Support;
using SalesOps.Web.Features.Map;

namespace SalesOps.Tests.Web.Map;

/// <summary>The inline message of a refused edit is in the reader's language (the circuit's culture).</summary>
public sealed class MapSessionLanguageTests : MapSessionTest
{
    [Fact]
    public async Task A_Spanish_readers_invalid_edit_keeps_the_form_with_the_rules_message_in_Spanish()
    {
        using var _ = Words.In("es");
        var session = await SessionAsync();
        session.EditNode("p-luis");
        session.Panel = session.Panel with { Node = session.Panel.Node with { Email = "sin-arroba" } };

        await session.SaveAsync(0, 0, default);

        (session.Panel.Kind, session.Panel.ErrorField).ShouldBe((PanelKind.Node, "email"));
        session.Panel.Error.ShouldBe("«sin-arroba» no es una dirección de correo electrónico.");
    }
}
