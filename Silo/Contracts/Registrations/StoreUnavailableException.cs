namespace Collab.Contracts.Registrations;

/// <summary>The store could not be reached while a grain worked: nothing was acknowledged, and sending the same request again is safe.</summary>
[GenerateSerializer, Alias("collab.store-unavailable")]
public sealed class StoreUnavailableException : OrleansException
{
    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
