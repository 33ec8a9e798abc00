using Collab.Contracts.Directory;

namespace Collab.Silo.Directory;

[GenerateSerializer]
public sealed record DirectoryState
{
    [Id(0)] public int Version { get; init; } = 1;

    [Id(1)] public DirectoryListing Listing { get; init; } = DirectoryListing.Empty;
}
