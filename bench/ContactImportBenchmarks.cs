using System.Text;
using BenchmarkDotNet.Attributes;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;

namespace SalesOps.Benchmarks;

/// <summary>
/// A contacts import of 10,000 rows as a Spanish Excel saves a Salesforce report (';', Windows-1252,
/// quoted fields): unique names, ten departments, reporting lines by manager name (a 4-ary tree).
/// Preview: read, match and decide the ops. Import: the same and the ops applied to the map, as the
/// store's commit does. Re-import: the same file against the imported map (every row unchanged).
/// </summary>
[SimpleJob(warmupCount: 2, iterationCount: 6)]
[MemoryDiagnoser]
public class ContactImportBenchmarks
{
    private static readonly string[] First = ["María", "Luis", "Carmen", "Jordi", "Núria", "Pau", "Laia", "Marc", "Eva", "Oriol", "Marta", "Íñigo", "Begoña", "Jürgen", "Sören",
        "Ana", "Pedro", "Lucía", "Javier", "Elena", "Pablo", "Sara", "Diego", "Irene", "Raúl", "Clara", "Sergio", "Alba", "Hugo", "Noelia",
        "Andrés", "Rocío", "Tomás", "Inés", "Álvaro", "Paula", "Rubén", "Julia", "Adrián", "Nerea", "Iker", "Ainhoa", "Unai", "Leire", "Xavier", "Mireia", "Joan", "Montse", "Ramón", "Pilar"];
    private static readonly string[] Stems = ["Garc", "Mart", "Lóp", "Sánch", "Gonz", "Rodr", "Fern", "Pér", "Góm", "Díaz", "Ruiz", "Herr", "Jimén", "Moren", "Muñ", "Álvar", "Rom", "Alons", "Gutiérr", "Nav"];
    private static readonly string[] Ends = ["ez", "ía", "ado", "ero", "illa", "ón", "al", "és", "ino", "ueta"];
    private static readonly string[] Departments = ["Compras", "Ingeniería", "Producción", "Calidad", "Marketing", "Finanzas", "IT", "Logística", "Legal", "Dirección"];

    private byte[] _file = [];
    private AccountMap _empty = null!;
    private AccountMap _imported = null!;

    [Params(10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _file = File(Rows);
        _empty = new AccountMap(new Account { Id = "acc-bench", Name = "Vidal Packaging S.A.", Version = 1 }, [], []);
        _imported = Import();
    }

    internal static byte[] File(int rows)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        string Name(int i) => $"{First[i % First.Length]} {Stems[i / First.Length % Stems.Length]}{Ends[i / (First.Length * Stems.Length) % Ends.Length]}";
        var text = new StringBuilder("\"Nombre\";\"Apellidos\";\"Cargo\";\"Departamento\";\"Correo electrónico\";\"Teléfono\";\"Jefe\";\"Notas\"\r\n");
        for (var i = 0; i < rows; i++)
        {
            var name = Name(i).Split(' ');
            var manager = i == 0 ? "" : Name((i - 1) / 4);
            text.Append($"\"{name[0]}\";\"{name[1]}\";\"Técnico {i % 7}; zona {i % 3}\";\"{Departments[i % Departments.Length]}\";")
                .Append($"\"persona{i}@vidal-packaging.example\";\"+34 933 {i:000 000}\";\"{manager}\";\"{(i % 10 == 0 ? "Visitar en\nla feria" : "")}\"\r\n");
        }
        return Encoding.GetEncoding(1252).GetBytes(text.ToString());
    }

    [Benchmark(Description = "preview 10,000 new people")]
    public int Preview() => ContactImport.Preview(_empty, _file).Ops.Count;

    [Benchmark(Description = "import: preview + apply the commit")]
    public AccountMap Import()
    {
        var ops = ContactImport.Preview(_empty, _file).Ops;
        return _empty.Apply(new Commit(_empty.Account.Id, 2, Commit.Stamp(ops, 2)));
    }

    [Benchmark(Description = "re-import preview (all unchanged)")]
    public int Reimport() => ContactImport.Preview(_imported, _file).Rows.Count;
}
