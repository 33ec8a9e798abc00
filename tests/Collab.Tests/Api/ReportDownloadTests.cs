using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Collab.Tests.Support;
using UglyToad.PdfPig;

namespace Collab.Tests.Api;

/// <summary>
/// The MT report over June 2018 (before the demo story's window, so only this test's registrations count), as the PDF the
/// server draws and as the page: the headline figures worked out by hand from the registrations, and the summary's first sentence.
/// </summary>
[Collection(AppHostCollection.Name)]
public sealed class ReportDownloadTests(RunningProduct product)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // June 2018: sessions of 11, 13 and 17 people (3 sessions, 41 people) and one contact of 2.5 days; May 2018: one session of 7 people.
    // Change in sessions (3 - 1) / 1 = +200 %; in people (41 - 7) / 7 = 4.857 → +486 %. June 2017 has nothing: 0 and no change.
    public static TheoryData<string, string, string, string> Languages => new()
    {
        { "nl-NL", "In juni 2018 hielden de leden 3 ondersteuningssessies en hielpen zij 41 mensen; zij wisselden 2,5 dagen kennis uit.", "Ondersteuningssessies31+200%0–", "Geholpenmensen417+486%0–" },
        { "en-GB", "In June 2018 the members held 3 support sessions and helped 41 people; they exchanged 2.5 days of knowledge.", "Supportsessions31+200%0–", "Peoplehelped417+486%0–" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_pdf_and_the_page_carry_the_headline_figures_and_the_summary_s_first_sentence(string culture, string firstSentence, string sessionsRow, string peopleRow)
    {
        await product.WaitForDemoAsync();
        await RegisterJune2018();
        using var client = await PageClients.SignedIn(product.App, "department-head", "ocw");
        (await client.GetAsync($"/culture?culture={culture}&returnUrl=/", Cancel)).Dispose();

        using var response = await client.GetAsync("/rapport/pdf?van=2018-06&tot=2018-06", Cancel);
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/rapport?van=2018-06&tot=2018-06", Cancel));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync(Cancel));
        var first = Flat(pdf.GetPage(1).Text);
        var all = Flat(string.Concat(pdf.GetPages().Select(p => p.Text)));
        Assert.Contains(Flat(firstSentence), first, StringComparison.Ordinal);
        Assert.Contains(sessionsRow, all, StringComparison.Ordinal);
        Assert.Contains(peopleRow, all, StringComparison.Ordinal);
        Assert.Contains(firstSentence, html, StringComparison.Ordinal);
    }

    private async Task RegisterJune2018()
    {
        using var manager = await ApiClients.As(product.App, "collaboration-manager");
        // Fixed ids: a second run (the other language) registers nothing new.
        foreach (var (id, date, people) in new[] { ("report-2018-06-a", "2018-06-03", 11), ("report-2018-06-b", "2018-06-12", 13), ("report-2018-06-c", "2018-06-26", 17), ("report-2018-05-a", "2018-05-14", 7) })
        {
            var session = new { id, date, providingMemberId = "ocw", hostMemberId = "ezk", format = "pop-up-store", topics = new[] { "dms" }, peopleHelped = people, durationMinutes = 60, leaflets = 0 };
            Assert.True((await manager.PostAsJsonAsync("/api/v1/support-sessions", session, Cancel)).IsSuccessStatusCode, id);
        }

        var contact = new { id = "report-2018-06-k", date = "2018-06-18", fromMemberId = "ocw", toMemberId = "ezk", kind = "staff-exchange", personDays = 2.5m, expertiseArea = "Archiefwet" };
        Assert.True((await manager.PostAsJsonAsync("/api/v1/knowledge-contacts", contact, Cancel)).IsSuccessStatusCode, "contact");

        // The cross-member view is fed in batches: wait until June shows all of it.
        using var open = ApiClients.Anonymous(product.App);
        var seen = await Eventually.Until(
            () => open.GetFromJsonAsync<JsonElement>("/api/v1/indicators/collaboration?from=2018-05&to=2018-06", Cancel),
            j => j.GetProperty("supportSessions").GetInt32() == 4 && j.GetProperty("daysGiven").GetDecimal() == 2.5m,
            TimeSpan.FromSeconds(30));
        Assert.Equal(4, seen.GetProperty("supportSessions").GetInt32());
    }

    private static string Flat(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
