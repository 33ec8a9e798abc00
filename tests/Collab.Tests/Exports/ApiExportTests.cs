using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Collab.Tests.Support;

namespace Collab.Tests.Exports;

/// <summary>The API's read endpoints answer CSV, XLSX or ODS of the same rows as their JSON, asked by Accept or ?format=.</summary>
[Collection(AppHostCollection.Name)]
public sealed class ApiExportTests(RunningProduct product)
{
    private static readonly string[] Numbers = ["divFte", "supportSessions", "peopleHelped", "knowledgeContacts", "daysGiven", "daysReceived", "activitiesPerFte"];

    [Theory]
    [InlineData("csv", "text/csv", null)]
    [InlineData("xlsx", null, "xlsx")]
    [InlineData("ods", "application/vnd.oasis.opendocument.spreadsheet", null)]
    public async Task The_comparison_in_a_spreadsheet_format_has_the_rows_of_its_JSON(string format, string? accept, string? parameter)
    {
        await product.WaitForDemoAsync();
        using var client = await ApiClients.As(product.App, "department-head", "ocw");
        var cancel = TestContext.Current.CancellationToken;
        // The JSON answers a page; a download holds every row, so the JSON is asked for the largest page.
        const string path = "/api/v1/comparison?from=2025-01&to=2025-12&perFte=false&take=1000";
        var json = await client.GetFromJsonAsync<JsonElement[]>(path, cancel);

        using var request = new HttpRequestMessage(HttpMethod.Get, parameter is null ? path : $"{path}&format={parameter}");
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        var response = await client.SendAsync(request, cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(format == "csv" ? "text/csv" : format == "xlsx" ? "application/vnd.openxmlformats" : "application/vnd.oasis", response.Content.Headers.ContentType!.MediaType);
        var sheet = await SheetReader.Read(await response.Content.ReadAsByteArrayAsync(cancel), format);

        var header = sheet.Header("memberId").Select(c => c.Text).ToList();
        var body = sheet.Body("memberId");
        Assert.Equal(json!.Length, body.Count);
        for (var r = 0; r < json.Length; r++)
        {
            Assert.Equal(json[r].GetProperty("memberId").GetString(), body[r][0].Text);
            foreach (var name in Numbers)
            {
                var cell = body[r][header.IndexOf(name)];
                var read = format == "csv" ? decimal.Parse(cell.Text!, NumberStyles.Number, new CultureInfo("nl-NL")) : (decimal)cell.Number!.Value;
                Assert.Equal(Math.Round(json[r].GetProperty(name).GetDecimal(), 2), Math.Round(read, 2));
            }
        }
    }

    [Fact]
    public async Task An_unknown_format_is_a_400_naming_format()
    {
        using var client = await ApiClients.As(product.App, "department-head", "ocw");

        var response = await client.GetAsync("/api/v1/exchange-matrix?format=pdf", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"format\"", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_spreadsheet_media_types_of_the_comparison()
    {
        using var anonymous = ApiClients.Anonymous(product.App);

        var document = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/openapi.json", TestContext.Current.CancellationToken);

        var operation = document.GetProperty("paths").GetProperty("/comparison").GetProperty("get");
        var content = operation.GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.All(new[] { "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.oasis.opendocument.spreadsheet" },
            media => Assert.True(content.TryGetProperty(media, out _), media));
        Assert.Contains(operation.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "format");
    }
}
