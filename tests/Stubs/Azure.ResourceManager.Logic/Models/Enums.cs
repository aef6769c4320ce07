// Reference stub of Azure.ResourceManager.Logic (see tests/Stubs/README.md).
// Extensible enums of the Logic package. Each one follows the shape described in
// "Shape of every extensible enum" of the API reference: a readonly struct wrapping a string,
// case-insensitive equality, implicit conversion from string, ToString returning the raw value.

using System;
using System.ComponentModel;

namespace Azure.ResourceManager.Logic.Models
{
    /// <summary>The state of a Logic Apps workflow.</summary>
    public readonly partial struct LogicWorkflowState : IEquatable<LogicWorkflowState>
    {
        private readonly string _value;

        public LogicWorkflowState(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static LogicWorkflowState NotSpecified { get; } = new LogicWorkflowState("NotSpecified");
        public static LogicWorkflowState Completed { get; } = new LogicWorkflowState("Completed");
        public static LogicWorkflowState Enabled { get; } = new LogicWorkflowState("Enabled");
        public static LogicWorkflowState Disabled { get; } = new LogicWorkflowState("Disabled");
        public static LogicWorkflowState Deleted { get; } = new LogicWorkflowState("Deleted");
        public static LogicWorkflowState Suspended { get; } = new LogicWorkflowState("Suspended");

        public static bool operator ==(LogicWorkflowState left, LogicWorkflowState right) => left.Equals(right);
        public static bool operator !=(LogicWorkflowState left, LogicWorkflowState right) => !left.Equals(right);
        public static implicit operator LogicWorkflowState(string value) => new LogicWorkflowState(value);

        public bool Equals(LogicWorkflowState other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object obj) => obj is LogicWorkflowState other && Equals(other);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value == null ? 0 : StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value);

        public override string ToString() => _value;
    }

    /// <summary>The type of a workflow parameter.</summary>
    public readonly partial struct LogicWorkflowParameterType : IEquatable<LogicWorkflowParameterType>
    {
        private readonly string _value;

        public LogicWorkflowParameterType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static LogicWorkflowParameterType NotSpecified { get; } = new LogicWorkflowParameterType("NotSpecified");
        public static LogicWorkflowParameterType String { get; } = new LogicWorkflowParameterType("String");
        public static LogicWorkflowParameterType SecureString { get; } = new LogicWorkflowParameterType("SecureString");
        public static LogicWorkflowParameterType Int { get; } = new LogicWorkflowParameterType("Int");
        public static LogicWorkflowParameterType Float { get; } = new LogicWorkflowParameterType("Float");
        public static LogicWorkflowParameterType Bool { get; } = new LogicWorkflowParameterType("Bool");
        public static LogicWorkflowParameterType Array { get; } = new LogicWorkflowParameterType("Array");
        public static LogicWorkflowParameterType Object { get; } = new LogicWorkflowParameterType("Object");
        public static LogicWorkflowParameterType SecureObject { get; } = new LogicWorkflowParameterType("SecureObject");

        public static bool operator ==(LogicWorkflowParameterType left, LogicWorkflowParameterType right) => left.Equals(right);
        public static bool operator !=(LogicWorkflowParameterType left, LogicWorkflowParameterType right) => !left.Equals(right);
        public static implicit operator LogicWorkflowParameterType(string value) => new LogicWorkflowParameterType(value);

        public bool Equals(LogicWorkflowParameterType other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object obj) => obj is LogicWorkflowParameterType other && Equals(other);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value == null ? 0 : StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value);

        public override string ToString() => _value;
    }

    /// <summary>The provisioning state of a workflow.</summary>
    /// <remarks>The API reference lists only the member names; the string values are taken to equal them.</remarks>
    public readonly partial struct LogicWorkflowProvisioningState : IEquatable<LogicWorkflowProvisioningState>
    {
        private readonly string _value;

        public LogicWorkflowProvisioningState(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static LogicWorkflowProvisioningState Accepted { get; } = new LogicWorkflowProvisioningState("Accepted");
        public static LogicWorkflowProvisioningState Canceled { get; } = new LogicWorkflowProvisioningState("Canceled");
        public static LogicWorkflowProvisioningState Completed { get; } = new LogicWorkflowProvisioningState("Completed");
        public static LogicWorkflowProvisioningState Created { get; } = new LogicWorkflowProvisioningState("Created");
        public static LogicWorkflowProvisioningState Creating { get; } = new LogicWorkflowProvisioningState("Creating");
        public static LogicWorkflowProvisioningState Deleted { get; } = new LogicWorkflowProvisioningState("Deleted");
        public static LogicWorkflowProvisioningState Deleting { get; } = new LogicWorkflowProvisioningState("Deleting");
        public static LogicWorkflowProvisioningState Failed { get; } = new LogicWorkflowProvisioningState("Failed");
        public static LogicWorkflowProvisioningState InProgress { get; } = new LogicWorkflowProvisioningState("InProgress");
        public static LogicWorkflowProvisioningState Moving { get; } = new LogicWorkflowProvisioningState("Moving");
        public static LogicWorkflowProvisioningState NotSpecified { get; } = new LogicWorkflowProvisioningState("NotSpecified");
        public static LogicWorkflowProvisioningState Pending { get; } = new LogicWorkflowProvisioningState("Pending");
        public static LogicWorkflowProvisioningState Ready { get; } = new LogicWorkflowProvisioningState("Ready");
        public static LogicWorkflowProvisioningState Registered { get; } = new LogicWorkflowProvisioningState("Registered");
        public static LogicWorkflowProvisioningState Registering { get; } = new LogicWorkflowProvisioningState("Registering");
        public static LogicWorkflowProvisioningState Renewing { get; } = new LogicWorkflowProvisioningState("Renewing");
        public static LogicWorkflowProvisioningState Running { get; } = new LogicWorkflowProvisioningState("Running");
        public static LogicWorkflowProvisioningState Succeeded { get; } = new LogicWorkflowProvisioningState("Succeeded");
        public static LogicWorkflowProvisioningState Unregistered { get; } = new LogicWorkflowProvisioningState("Unregistered");
        public static LogicWorkflowProvisioningState Unregistering { get; } = new LogicWorkflowProvisioningState("Unregistering");
        public static LogicWorkflowProvisioningState Updating { get; } = new LogicWorkflowProvisioningState("Updating");
        public static LogicWorkflowProvisioningState Waiting { get; } = new LogicWorkflowProvisioningState("Waiting");

        public static bool operator ==(LogicWorkflowProvisioningState left, LogicWorkflowProvisioningState right) => left.Equals(right);
        public static bool operator !=(LogicWorkflowProvisioningState left, LogicWorkflowProvisioningState right) => !left.Equals(right);
        public static implicit operator LogicWorkflowProvisioningState(string value) => new LogicWorkflowProvisioningState(value);

        public bool Equals(LogicWorkflowProvisioningState other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object obj) => obj is LogicWorkflowProvisioningState other && Equals(other);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value == null ? 0 : StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value);

        public override string ToString() => _value;
    }

    /// <summary>The name of a workflow SKU.</summary>
    /// <remarks>The API reference lists only the member names; the string values are taken to equal them.</remarks>
    public readonly partial struct LogicSkuName : IEquatable<LogicSkuName>
    {
        private readonly string _value;

        public LogicSkuName(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static LogicSkuName NotSpecified { get; } = new LogicSkuName("NotSpecified");
        public static LogicSkuName Free { get; } = new LogicSkuName("Free");
        public static LogicSkuName Shared { get; } = new LogicSkuName("Shared");
        public static LogicSkuName Basic { get; } = new LogicSkuName("Basic");
        public static LogicSkuName Standard { get; } = new LogicSkuName("Standard");
        public static LogicSkuName Premium { get; } = new LogicSkuName("Premium");

        public static bool operator ==(LogicSkuName left, LogicSkuName right) => left.Equals(right);
        public static bool operator !=(LogicSkuName left, LogicSkuName right) => !left.Equals(right);
        public static implicit operator LogicSkuName(string value) => new LogicSkuName(value);

        public bool Equals(LogicSkuName other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object obj) => obj is LogicSkuName other && Equals(other);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value == null ? 0 : StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value);

        public override string ToString() => _value;
    }

    /// <summary>The kind of access key to regenerate.</summary>
    /// <remarks>The API reference lists only the member names; the string values are taken to equal them.</remarks>
    public readonly partial struct LogicKeyType : IEquatable<LogicKeyType>
    {
        private readonly string _value;

        public LogicKeyType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static LogicKeyType NotSpecified { get; } = new LogicKeyType("NotSpecified");
        public static LogicKeyType Primary { get; } = new LogicKeyType("Primary");
        public static LogicKeyType Secondary { get; } = new LogicKeyType("Secondary");

        public static bool operator ==(LogicKeyType left, LogicKeyType right) => left.Equals(right);
        public static bool operator !=(LogicKeyType left, LogicKeyType right) => !left.Equals(right);
        public static implicit operator LogicKeyType(string value) => new LogicKeyType(value);

        public bool Equals(LogicKeyType other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object obj) => obj is LogicKeyType other && Equals(other);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value == null ? 0 : StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value);

        public override string ToString() => _value;
    }

    /// <summary>The provider of an OAuth (Entra ID) access policy.</summary>
    public readonly partial struct OpenAuthenticationProviderType : IEquatable<OpenAuthenticationProviderType>
    {
        private readonly string _value;

        public OpenAuthenticationProviderType(string value)
        {
            _value = value ?? throw new ArgumentNullException(nameof(value));
        }

        public static OpenAuthenticationProviderType AAD { get; } = new OpenAuthenticationProviderType("AAD");

        public static bool operator ==(OpenAuthenticationProviderType left, OpenAuthenticationProviderType right) => left.Equals(right);
        public static bool operator !=(OpenAuthenticationProviderType left, OpenAuthenticationProviderType right) => !left.Equals(right);
        public static implicit operator OpenAuthenticationProviderType(string value) => new OpenAuthenticationProviderType(value);

        public bool Equals(OpenAuthenticationProviderType other) => string.Equals(_value, other._value, StringComparison.InvariantCultureIgnoreCase);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override bool Equals(object obj) => obj is OpenAuthenticationProviderType other && Equals(other);

        [EditorBrowsable(EditorBrowsableState.Never)]
        public override int GetHashCode() => _value == null ? 0 : StringComparer.InvariantCultureIgnoreCase.GetHashCode(_value);

        public override string ToString() => _value;
    }
}
