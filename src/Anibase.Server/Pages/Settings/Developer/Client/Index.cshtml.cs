using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Anibase.Data.Accounts;
using Anibase.Server.Developers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anibase.Server.Pages.Settings.Developer.Client;

/// <summary>
/// One of the developer's clients: rename it, change its redirect URLs and grants, regenerate its
/// secret (shown once; the old one stops working at once) or delete it (every token refused).
/// Someone else's client is a 404, the same as a client that does not exist.
/// </summary>
[Authorize]
public sealed class IndexModel(ClientRegistry registry, UserManager<AnibaseUser> users) : PageModel
{
    [BindProperty]
    public EditModel Input { get; set; } = new();

    public ClientSummary Client { get; private set; } = null!;

    /// <summary>A secret just regenerated: shown in this response only.</summary>
    public string? NewSecret { get; private set; }

    [TempData]
    public string? Saved { get; set; }

    public async Task<IActionResult> OnGetAsync(int clientId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(clientId, cancellationToken))
        {
            return NotFound();
        }

        Input = EditModel.Of(Client);
        return Page();
    }

    public async Task<IActionResult> OnPostUpdateAsync(int clientId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(clientId, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!RedirectUriList.TryParse(Input.RedirectUris, out var uris, out var error))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.RedirectUris)}", error!);
            return Page();
        }

        await registry.UpdateAsync(OwnerId(), clientId,
            new ClientChanges(Input.Name, uris, Input.AllowImplicit, Input.AllowRefreshTokens), cancellationToken);
        Saved = "Saved.";
        return RedirectToPage(new { clientId });
    }

    public async Task<IActionResult> OnPostSecretAsync(int clientId, CancellationToken cancellationToken)
    {
        NewSecret = await registry.RegenerateSecretAsync(OwnerId(), clientId, cancellationToken);
        if (NewSecret is null || !await LoadAsync(clientId, cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        Input = EditModel.Of(Client);
        // The secret goes straight into this response and nowhere else: no redirect, no TempData.
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int clientId, [FromForm] bool confirm, CancellationToken cancellationToken)
    {
        if (!confirm)
        {
            if (!await LoadAsync(clientId, cancellationToken))
            {
                return NotFound();
            }

            ModelState.AddModelError("confirm", "Tick the box to confirm that the client and all its tokens go.");
            Input = EditModel.Of(Client);
            return Page();
        }

        return await registry.DeleteAsync(OwnerId(), clientId, cancellationToken)
            ? RedirectToPage("/Settings/Developer/Index")
            : NotFound();
    }

    private async Task<bool> LoadAsync(int clientId, CancellationToken cancellationToken)
    {
        if (await registry.FindAsync(OwnerId(), clientId, cancellationToken) is not { } client)
        {
            return false;
        }

        Client = client;
        return true;
    }

    private int OwnerId() => int.Parse(users.GetUserId(User)!, CultureInfo.InvariantCulture);

    public sealed class EditModel
    {
        public static EditModel Of(ClientSummary client) => new()
        {
            Name = client.Name,
            RedirectUris = string.Join(", ", client.RedirectUris),
            AllowImplicit = client.Features.AllowImplicit,
            AllowRefreshTokens = client.Features.AllowRefreshTokens,
        };

        [Required(ErrorMessage = "Give the client a name.")]
        [StringLength(ClientRegistry.MaxNameLength, ErrorMessage = "A name is at most 100 characters.")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Give at least one redirect URL.")]
        [StringLength(4000)]
        public string RedirectUris { get; set; } = "";

        public bool AllowImplicit { get; set; }

        public bool AllowRefreshTokens { get; set; }
    }
}
