using System.Diagnostics;

namespace SalesOps.Tests.Support;

/// <summary>Node.js helpers for tests that run a JavaScript tool: install its locked packages once, run it.</summary>
public static class NodeJs
{
    private static readonly SemaphoreSlim Installing = new(1, 1);

    /// <summary>npm ci from the committed package-lock.json when <paramref name="marker"/> is missing (test.sh does it up front).</summary>
    public static async Task EnsurePackagesAsync(string folder, string marker)
    {
        await Installing.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(folder, marker))) return;
            var (code, output) = await RunProcessAsync(folder, null, TimeSpan.FromMinutes(5), "npm", "ci", "--no-audit", "--no-fund");
            if (code != 0) throw new InvalidOperationException($"npm ci failed in {folder}: {output}");
        }
        finally
        {
            Installing.Release();
        }
    }

    /// <summary>Runs a script with <paramref name="input"/> on stdin; its stdout, or an exception with stderr.</summary>
    public static async Task<string> RunAsync(string folder, string input, params string[] args)
    {
        var (code, output) = await RunProcessAsync(folder, input, TimeSpan.FromMinutes(3), "node", args);
        return code == 0 ? output : throw new InvalidOperationException($"node {string.Join(' ', args)} exited with {code}: {output}");
    }

    private static async Task<(int Code, string Output)> RunProcessAsync(string folder, string? input, TimeSpan timeout, string program, params string[] args)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = folder, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var a in args) info.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"{program} is not installed: run ./test.sh", ex);
        }
        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (input is not null) await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
            await process.WaitForExitAsync().WaitAsync(timeout);
            return (process.ExitCode, process.ExitCode == 0 ? await stdout : await stdout + await stderr);
        }
    }
}
