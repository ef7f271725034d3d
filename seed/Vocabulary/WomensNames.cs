using Bogus;
using Bogus.Bson;

namespace SalesOps.Seed;

/// <summary>
/// Whether a first name the generator drew is a woman's, so her card shows her title in the feminine
/// ("Leiterin Einkauf", "Jefa de Compras"). Only German and Spanish titles change; an English one does not.
/// A name is judged by its first word ("María José" is a woman's name, "José María" a man's).
/// </summary>
public static class WomensNames
{
    // Bogus's German names come in a men's and a women's list; a name on both (Kim, Luca, …) keeps the masculine title.
    private static readonly HashSet<string> German = BogusList("female_first_name", "de").Except(BogusList("male_first_name", "de")).ToHashSet(StringComparer.Ordinal);

    // Bogus's Spanish names come in one list for everybody: these are the first words of the women's among them.
    private static readonly HashSet<string> Spanish = new(StringComparer.Ordinal)
    {
        "Adela", "Adriana", "Alejandra", "Alicia", "Amalia", "Ana", "Andrea", "Anita", "Ángela", "Antonia", "Ariadna", "Barbara",
        "Beatriz", "Berta", "Blanca", "Caridad", "Carla", "Carlota", "Carmen", "Carolina", "Catalina", "Cecilia", "Clara",
        "Claudia", "Concepción", "Conchita", "Cristina", "Daniela", "Débora", "Diana", "Dolores", "Dorotea", "Elena", "Elisa",
        "Eloisa", "Elsa", "Elvira", "Emilia", "Esperanza", "Estela", "Ester", "Eva", "Florencia", "Francisca", "Gabriela",
        "Gloria", "Graciela", "Guadalupe", "Guillermina", "Inés", "Irene", "Isabel", "Isabela", "Josefina", "Juana", "Julia",
        "Laura", "Leonor", "Leticia", "Lilia", "Lola", "Lorena", "Lourdes", "Lucía", "Luisa", "Luz", "Magdalena", "Manuela",
        "Marcela", "Margarita", "María", "Mariana", "Maricarmen", "Marilú", "Marisol", "Marta", "Mayte", "Mercedes", "Micaela",
        "Mónica", "Natalia", "Norma", "Olivia", "Patricia", "Pilar", "Ramona", "Raquel", "Rebeca", "Reina", "Rocío", "Rosa",
        "Rosalia", "Rosario", "Sara", "Silvia", "Sofía", "Soledad", "Sonia", "Susana", "Teresa", "Verónica", "Victoria",
        "Virginia", "Yolanda",
    };

    /// <summary>True when <paramref name="firstName"/> is a woman's name in a locale whose titles have a feminine form.</summary>
    public static bool Contains(string locale, string firstName)
    {
        var space = firstName.IndexOf(' ');
        var word = space < 0 ? firstName : firstName[..space];
        return locale switch
        {
            "de" => German.Contains(word),
            "es" => Spanish.Contains(word),
            _ => false,
        };
    }

    /// <summary>One of Bogus's name lists in a locale (empty where the locale has none).</summary>
    public static IReadOnlyList<string> BogusList(string path, string locale) =>
        Database.Get("name", path, locale, localeFallback: locale) is BArray names
            ? [.. Enumerable.Range(0, names.Count).Select(i => names[i].StringValue)]
            : [];
}
