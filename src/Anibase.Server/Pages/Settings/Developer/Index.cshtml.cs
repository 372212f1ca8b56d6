using Anibase.Data.Accounts;
using Anibase.Server.Developers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anibase.Server.Pages.Settings.Developer;

[Authorize]
public sealed class IndexModel(ClientRegistry registry, UserManager<AnibaseUser> users) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<ClientSummary> Clients { get; private set; } = [];

    public CreatedClient? Created { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            if (RedirectUriList.TryParse(Input.RedirectUris, out var uris, out var error))
            {
                // The secret goes straight into this response and nowhere else: no redirect, no TempData.
                Created = await registry.CreateAsync(OwnerId(), Input.Name, uris, cancellationToken,
                    new ClientFeatures(Input.IsPublic, Input.AllowImplicit, Input.AllowRefreshTokens));
                Input = new InputModel();
                ModelState.Clear();
            }
            else
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.RedirectUris)}", error!);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private int OwnerId() => int.Parse(users.GetUserId(User)!, System.Globalization.CultureInfo.InvariantCulture);

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Clients = await registry.ListAsync(OwnerId(), cancellationToken);
}
