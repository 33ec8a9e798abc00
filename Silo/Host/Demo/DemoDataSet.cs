using System.Collections.Immutable;
using Collab.Contracts.Activities;
using Collab.Contracts.Initiatives;
using Collab.Contracts.Members;

namespace Collab.Silo.Demo;

/// <summary>Everything a demo needs, with activities sorted by date so they can be registered in order.</summary>
public sealed record DemoDataSet(
    ImmutableArray<MemberProfile> Members,
    ImmutableArray<InitiativeProfile> Initiatives,
    ImmutableArray<IActivity> Activities);
