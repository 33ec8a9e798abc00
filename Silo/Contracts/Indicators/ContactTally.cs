namespace Collab.Contracts.Indicators;

/// <summary>Knowledge contacts to one receiver: how many, and how many person-days.</summary>
[GenerateSerializer, Immutable]
public readonly record struct ContactTally([property: Id(0)] int Contacts, [property: Id(1)] decimal Days)
{
    public static ContactTally operator +(ContactTally a, ContactTally b) => new(a.Contacts + b.Contacts, a.Days + b.Days);
}
