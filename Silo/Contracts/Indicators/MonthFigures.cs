using System.Collections.Immutable;
using Collab.Contracts.Activities;

namespace Collab.Contracts.Indicators;

/// <summary>
/// One month of registered activity of one member (or one initiative): sums only, so a grain with years of data stays small.
/// <see cref="Given"/> is keyed by receiver: a member id, or <see cref="ExchangeMatrix.OutsidePrefix"/> + organisation.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record MonthFigures(
    [property: Id(0)] int SupportSessions,
    [property: Id(1)] int PeopleHelped,
    [property: Id(2)] int SupportMinutes,
    [property: Id(3)] int Leaflets,
    [property: Id(4)] long SatisfactionPoints,
    [property: Id(5)] int SatisfactionPeople,
    [property: Id(6)] ImmutableDictionary<SupportTopic, int> Topics,
    [property: Id(7)] ImmutableDictionary<string, ContactTally> Given)
{
    public static MonthFigures Empty { get; } = new(0, 0, 0, 0, 0, 0, ImmutableDictionary<SupportTopic, int>.Empty, ImmutableDictionary<string, ContactTally>.Empty);

    public MonthFigures Add(SupportSession s) => this with
    {
        SupportSessions = SupportSessions + 1,
        PeopleHelped = PeopleHelped + s.PeopleHelped,
        SupportMinutes = SupportMinutes + s.DurationMinutes,
        Leaflets = Leaflets + s.Leaflets,
        // Average satisfaction is weighted by people helped, over sessions that were graded.
        SatisfactionPoints = SatisfactionPoints + ((long)(s.Satisfaction ?? 0) * s.PeopleHelped),
        SatisfactionPeople = SatisfactionPeople + (s.Satisfaction is null ? 0 : s.PeopleHelped),
        Topics = s.Topics.Distinct().Aggregate(Topics, (t, topic) => t.SetItem(topic, t.GetValueOrDefault(topic) + 1)),
    };

    public MonthFigures Add(KnowledgeContact c)
    {
        var key = ExchangeMatrix.ReceiverKey(c);
        return this with { Given = Given.SetItem(key, Given.GetValueOrDefault(key) + new ContactTally(1, c.PersonDays)) };
    }

    public MonthFigures Add(IActivity activity) => activity switch
    {
        SupportSession s => Add(s),
        KnowledgeContact c => Add(c),
        _ => this,
    };
}
