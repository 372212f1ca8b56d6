using System.Globalization;
using Anibase.Data.Accounts;
using Anibase.Server.Hosting;
using Anibase.Server.Hosting.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Anibase.Server.Pages.Account.Login;

public sealed class IndexModel(
    SignInManager<AnibaseUser> signIn,
    UserManager<AnibaseUser> users,
    AttemptLimiter limiter,
    IOptions<AnibaseOptions> options) : PageModel
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

        // Per address, on top of the per-account lockout below: one address guessing the
        // passwords of many accounts is stopped too.
        var limits = options.Value.BruteForce;
        if (await limiter.AttemptAsync("login:" + ClientAddress.Of(HttpContext), limits.LoginAttemptsPerAddress, limits.Window,
                HttpContext.RequestAborted) is { } wait)
        {
            var seconds = wait.TotalSeconds.ToString(CultureInfo.InvariantCulture);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = seconds;
            Error = $"Too many login attempts from your network. Try again in {seconds} seconds.";
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
