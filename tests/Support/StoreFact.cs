using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace SalesOps.Tests.Support;

/// <summary>
/// A [Fact] of the store contract. The contract's tests live in a base class, so a plain Skip cannot
/// depend on the engine; this one asks the derived test class: marked with <see cref="SkipWithoutAttribute"/>,
/// its tests are reported as skipped, with the reason, while the variable is unset.
/// </summary>
[XunitTestCaseDiscoverer("SalesOps.Tests.Support.StoreFactDiscoverer", "SalesOps.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Skips the class's <see cref="StoreFactAttribute"/> tests while an environment variable is unset.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SkipWithoutAttribute(string variable, string reason) : Attribute
{
    public string Variable => variable;

    public string Reason => reason;
}

public sealed class StoreFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute) =>
        [new StoreTestCase(diagnostics, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod)];
}

/// <summary>Decides the skip reason from the test class, again after deserialisation, so nothing extra is serialised.</summary>
public sealed class StoreTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public StoreTestCase() { }

    public StoreTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(diagnostics, display, options, testMethod) { }

    protected override string GetSkipReason(IAttributeInfo factAttribute)
    {
        var skip = TestMethod.TestClass.Class.ToRuntimeType()?.GetCustomAttribute<SkipWithoutAttribute>();
        return skip is not null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable(skip.Variable))
            ? skip.Reason
            : base.GetSkipReason(factAttribute);
    }
}
