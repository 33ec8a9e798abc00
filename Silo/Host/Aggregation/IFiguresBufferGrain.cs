using Collab.Contracts.Indicators;
using Orleans.Concurrency;

namespace Collab.Silo.Aggregation;

/// <summary>This silo's collector of changed figures (one per silo); forwards only the newest of each, in batches.</summary>
public interface IFiguresBufferGrain : IGrainWithIntegerKey
{
    [OneWay]
    Task Enqueue(MemberFigures figures);

    [OneWay]
    Task Enqueue(InitiativeFigures figures);
}
