using System.Reflection;
using Xunit.Sdk;

namespace SalesOps.Tests.Support;

/// <summary>
/// Runs a test in English (culture and UI culture "en") and puts the machine's back afterwards: sentences
/// with dates and percentages are written in the reader's culture, and a test must not depend on the machine's.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class EnglishAttribute : BeforeAfterTestAttribute
{
    private IDisposable? _english;

    public override void Before(MethodInfo methodUnderTest) => _english = Words.In("en");

    public override void After(MethodInfo methodUnderTest) => _english?.Dispose();
}
