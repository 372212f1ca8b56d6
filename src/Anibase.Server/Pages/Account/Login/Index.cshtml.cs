using Anibase.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Anibase.Server.Pages.Account.Login;

public sealed class IndexModel(SignInManager<AnibaseUser> signIn, UserManager<AnibaseUser> users) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = Input.UserName.Contains('@', StringComparison.Ordinal)
            ? await users.FindByEmailAsync(Input.UserName)
            : await users.FindByNameAsync(Input.UserName);
        if (user is null)
        {
            // Same message as a wrong password: don't reveal which accounts exist.
            Error = "The user name or password is wrong.";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: true, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // Only ever go back to a page of ours (an authorize request, typically): an open
            // redirect here would hand the session to anyone who crafts a login link.
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Error = result.IsLockedOut
            ? "Too many failed attempts: this account is locked for a few minutes. Try again later."
            : "The user name or password is wrong.";
        return Page();
    }
}
