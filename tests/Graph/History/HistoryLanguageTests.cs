using SalesOps.Graph.History;
using SalesOps.Graph.Model;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Graph.History;

/// <summary>
/// History lines are composed when they are read, from the stored facts, in the reader's language: an edit, an undo
/// that brings a relationship back, and what an undo did and left, on the sample map's people (<see cref="Maps.Sample"/>).
/// </summary>
public sealed class HistoryLanguageTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private static readonly AccountMap Map = Maps.Sample();
    private static readonly Dictionary<string, string> Names = Map.Nodes.ToDictionary(n => n.Id, n => n.Name, StringComparer.Ordinal);

    private static HistoryEntry Entry(Author by, params ChangeItem[] items) =>
        new(Map.Account.Id, 8, new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero), by, items, Names);

    [Theory]
    [InlineData("en", "Ana Ruiz changed María Vidal's stance from skeptic to neutral.")]
    [InlineData("es", "Ana Ruiz cambió en María Vidal: actitud de escéptico a neutral.")]
    [InlineData("de", "Ana Ruiz hat bei María Vidal geändert: Haltung von Skeptiker auf neutral.")]
    public void An_edit_reads_as_a_sentence_in_the_readers_language(string culture, string sentence)
    {
        using var _ = Words.In(culture);
        var maria = Map.Find("p-maria")!;
        var edit = new ChangeItem { What = Happened.Changed, ElementId = maria.Id, Node = maria, Fields = [new FieldChange("stance", Stance.Skeptic, Stance.Neutral)] };

        HistoryWords.Sentences(Entry(new Author("ana", "Ana Ruiz"), edit), Today, Words.Text).ShouldBe([sentence]);
    }

    [Theory]
    [InlineData("en", "Ana Ruiz brought back the relationship Luis Gómez influences María Vidal (4/5) (undoing version 7).")]
    [InlineData("es", "Ana Ruiz recuperó la relación Luis Gómez influye en María Vidal (4/5) (deshace la versión 7).")]
    [InlineData("de", "Ana Ruiz hat die Beziehung Luis Gómez beeinflusst María Vidal (4/5) zurückgeholt (macht Version 7 rückgängig).")]
    public void An_undo_that_brings_a_relationship_back_says_which_version_it_undoes(string culture, string sentence)
    {
        using var _ = Words.In(culture);
        var influence = Map.FindEdge("e-influences")!;
        var back = new ChangeItem { What = Happened.Added, ElementId = influence.Id, Edge = influence };

        HistoryWords.Sentences(Entry(new Author("ana", "Ana Ruiz").As(ChangeKind.Undo, 7), back), Today, Words.Text).ShouldBe([sentence]);
    }

    [Theory]
    [InlineData("en", "Undone: María Vidal's title. Not undone: María Vidal's stance — Jordi Puig changed it since (version 9), now neutral.")]
    [InlineData("es", "Deshecho: cargo de María Vidal. No deshecho: actitud de María Vidal: Jordi Puig lo cambió después (versión 9); ahora: neutral.")]
    [InlineData("de", "Rückgängig gemacht: Titel von María Vidal. Nicht rückgängig gemacht: Haltung von María Vidal – Jordi Puig hat es seitdem geändert (Version 9), jetzt neutral.")]
    public void What_an_undo_did_and_left_reads_in_the_readers_language(string culture, string outcome)
    {
        using var _ = Words.In(culture);
        var plan = new RevertPlan(8, [], [new RevertDone("p-maria", Reverted.FieldsRestored, ["title"])],
            [new RevertSkip("p-maria", SkipWhy.ChangedSince, "stance", Stance.Neutral) { SinceVersion = 9, SinceBy = "Jordi Puig" }], Names);

        HistoryWords.Outcome(plan, undo: true, Today, Words.Text).ShouldBe(outcome);
    }
}
