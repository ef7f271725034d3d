using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;
using SalesOps.Graph.Transfer;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.Model;

/// <summary>A rule's refusal is written in the reader's language (the thread's UI culture when it is thrown), English unchanged.</summary>
public sealed class ErrorWordsTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    private static string Refusal(Action rule) => Should.Throw<GraphException>(rule).Message;

    [Fact]
    public void A_person_without_a_name_is_refused_in_German_Spanish_and_English()
    {
        var map = Maps.Sample();
        void Nameless() => NodeRules.Add(map, new NodeDraft { Kind = NodeKind.Person, Name = " " });

        using (Words.In("de")) Refusal(Nameless).ShouldBe("Das Feld „Name“ ist erforderlich.");
        using (Words.In("es")) Refusal(Nameless).ShouldBe("El campo «nombre» es obligatorio.");
        using (Words.In("en")) Refusal(Nameless).ShouldBe("The name is required.");
    }

    [Fact]
    public void A_cadence_out_of_range_and_a_profile_link_that_is_no_address_name_their_field_in_the_readers_language()
    {
        // Their words are looked up only when the check refuses (Check.Range, Check.Link): the refusal must still say them.
        var map = Maps.Sample();
        void Cadence() => EdgeRules.Connect(map, new EdgeDraft { Type = EdgeType.TALKS_WITH, From = "c-ana", To = "p-maria", Strength = 3, CadenceDays = 400 });
        void Profile() => NodeRules.Update(map, "p-luis", new NodePatch { LinkedIn = "linkedin luis" });

        using (Words.In("en"))
        {
            Refusal(Cadence).ShouldBe("The cadence (days) must be between 1 and 365 (got 400).");
            Refusal(Profile).ShouldBe("The profile link must be an http(s) address of at most 500 characters.");
        }
        using (Words.In("es")) Refusal(Cadence).ShouldBe("El campo «cadencia (días)» debe estar entre 1 y 365 (se ha indicado 400).");
        using (Words.In("de")) Refusal(Profile).ShouldBe("Der Profillink muss eine http(s)-Adresse mit höchstens 500 Zeichen sein.");
    }

    [Fact]
    public void A_relationship_from_a_person_to_herself_is_refused_in_German()
    {
        using var _ = Words.In("de");
        Refusal(() => EdgeRules.Connect(Maps.Sample(), new EdgeDraft { Type = EdgeType.INFLUENCES, From = "p-maria", To = "p-maria" }))
            .ShouldBe("Eine Beziehung kann „María Vidal“ nicht mit sich selbst verbinden.");
    }

    [Fact]
    public void A_relationship_between_the_wrong_kinds_names_the_kinds_in_Spanish()
    {
        using var _ = Words.In("es");
        Refusal(() => EdgeRules.Connect(Maps.Sample(), new EdgeDraft { Type = EdgeType.WORKS_IN, From = "p-maria", To = "p-luis" }))
            .ShouldBe("Una relación WORKS_IN va de una persona a una función; «María Vidal» es de tipo «Persona» y «Luis Gómez», de tipo «Persona».");
    }

    [Fact]
    public void A_meeting_past_the_participant_limit_names_the_limit_in_German()
    {
        using var _ = Words.In("de");
        var many = Enumerable.Range(0, Limits.ParticipantsPerMeeting + 1).Select(i => $"p-{i}").ToList();
        Refusal(() => Meetings.Log(Maps.Sample(), new NodeDraft { Kind = NodeKind.Meeting, Name = "Review", Date = Today }, many, createMissing: false, Today))
            .ShouldBe("Ein Termin hat höchstens 50 Teilnehmende; dieser hat 51. Nichts wurde gespeichert.");
    }

    [Fact]
    public void The_node_limit_is_written_with_the_readers_thousands_separator()
    {
        using (Words.In("es")) Refusal(() => Limits.Counts(30_001, 0, field: null)).ShouldStartWith("Una cuenta admite como máximo 30.000 elementos");
        using (Words.In("en")) Refusal(() => Limits.Counts(30_001, 0, field: null)).ShouldStartWith("An account holds at most 30,000 nodes");
    }

    [Fact]
    public void An_unknown_account_is_not_found_in_German()
    {
        using var _ = Words.In("de");
        var refused = Should.Throw<GraphException>(() => ((AccountMap?)null).OrNotFound("acc-nirgends"));
        (refused.Error, refused.Message).ShouldBe((GraphError.NotFound, "Es gibt keinen Account „acc-nirgends“."));
    }

    [Fact]
    public void An_import_document_of_another_format_is_refused_in_Spanish()
    {
        using var _ = Words.In("es");
        Refusal(() => TransferJson.Read("""{ "format": "otra.cosa", "formatVersion": 2, "accounts": [] }"""u8))
            .ShouldBe("No es una exportación de SalesOps: \"format\" debe ser \"salesops.export\" (se ha recibido \"otra.cosa\").");
    }
}
