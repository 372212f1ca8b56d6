using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Anibase.Server.Tests.Infrastructure;

/// <summary>A page's form as a browser would submit it: its action and its fields (hidden ones included).</summary>
public sealed class HtmlForm
{
    private HtmlForm(string action, List<KeyValuePair<string, string>> fields)
    {
        Action = action;
        Fields = fields;
    }

    public string Action { get; }

    public List<KeyValuePair<string, string>> Fields { get; }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    /// <summary>The first form on the page that contains a field or button named <paramref name="containing"/>.</summary>
    public static Task<HtmlForm> FromAsync(HttpResponseMessage response, string containing) =>
        SelectAsync(response, f => f.QuerySelector($"[name='{containing}']") is not null, $"with a '{containing}' field");

    /// <summary>The form that posts to <paramref name="action"/>.</summary>
    public static Task<HtmlForm> PostingToAsync(HttpResponseMessage response, string action) =>
        SelectAsync(response, f => f.GetAttribute("action") == action, $"posting to {action}");

    private static async Task<HtmlForm> SelectAsync(HttpResponseMessage response, Func<IHtmlFormElement, bool> predicate, string description)
    {
        var document = await ParseAsync(response);
        var form = document.Forms.FirstOrDefault(predicate)
            ?? throw new InvalidOperationException($"No form {description} on {response.RequestMessage?.RequestUri}.");
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(input => !string.IsNullOrEmpty(input.Name) && input.Type is not "submit")
            // As a browser submits: an unticked box sends nothing.
            .Where(input => input.Type is not ("checkbox" or "radio") || input.IsChecked)
            .Select(input => new KeyValuePair<string, string>(input.Name!, input.Value))
            .ToList();
        var action = string.IsNullOrEmpty(form.GetAttribute("action"))
            ? response.RequestMessage!.RequestUri!.PathAndQuery
            : form.GetAttribute("action")!;
        return new HtmlForm(action, fields);
    }

    public HtmlForm Set(string name, string value)
    {
        Fields.RemoveAll(f => f.Key == name);
        Fields.Add(new(name, value));
        return this;
    }

    public HtmlForm Remove(string name)
    {
        Fields.RemoveAll(f => f.Key == name);
        return this;
    }

    public Task<HttpResponseMessage> SubmitAsync(HttpClient browser) =>
        browser.PostAsync(Action, new FormUrlEncodedContent(Fields));
}
