using System.Globalization;
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
    private CultureInfo? _culture, _uiCulture;

    public override void Before(MethodInfo methodUnderTest)
    {
        (_culture, _uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
    }

    public override void After(MethodInfo methodUnderTest)
    {
        CultureInfo.CurrentCulture = _culture!;
        CultureInfo.CurrentUICulture = _uiCulture!;
    }
}
