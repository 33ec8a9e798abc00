using System.Text.Json.Serialization;
using Collab.Contracts.Indicators;

namespace Collab.Contracts.Activities;

/// <summary>
/// A kennisdelingscontact from one member to another member, or to a named organisation outside the collaboration
/// (exactly one of <see cref="ToMemberId"/> and <see cref="OutsideOrganisation"/>).
/// </summary>
[GenerateSerializer, Immutable]
public sealed record KnowledgeContact(
    [property: Id(0)] string Id,
    [property: Id(1)] DateOnly Date,
    [property: Id(2)] string FromMemberId,
    [property: Id(3)] string? ToMemberId,
    [property: Id(4)] string? OutsideOrganisation,
    [property: Id(5), JsonRequired] ContactKind Kind,
    [property: Id(6), JsonRequired] decimal PersonDays,
    [property: Id(7)] string ExpertiseArea,
    [property: Id(8)] string? InitiativeId,
    [property: Id(9)] string? Note = null) : IActivity
{
    public string OwnerId => FromMemberId;

    /// <summary>The receiver as the exchange matrix names it.</summary>
    public string Receiver => ExchangeMatrix.Column(ExchangeMatrix.ReceiverKey(this));
}
