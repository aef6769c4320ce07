using System;
using Xunit.Sdk;

namespace ManagedIdentityAnalyzers.Tests.Verification;

/// <summary>
/// Thrown by the verifier when a test fails (wrong diagnostics, analyzer exception, fix mismatch, ...) or when the test
/// itself is set up wrongly (bad markup, unknown diagnostic ID, ...). Derives from <see cref="XunitException"/> so xunit
/// shows the message as a plain assertion failure.
/// </summary>
public sealed class VerificationException : XunitException
{
    public VerificationException(string message)
        : base(message)
    {
    }

    public VerificationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
