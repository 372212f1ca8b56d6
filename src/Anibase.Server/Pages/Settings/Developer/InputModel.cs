using System.ComponentModel.DataAnnotations;
using Anibase.Server.Developers;

namespace Anibase.Server.Pages.Settings.Developer;

public sealed class InputModel
{
    [Required(ErrorMessage = "Give the client a name.")]
    [StringLength(ClientRegistry.MaxNameLength, ErrorMessage = "A name is at most 100 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Give at least one redirect URL.")]
    [StringLength(4000)]
    [Display(Name = "Redirect URL")]
    public string RedirectUris { get; set; } = "";

    /// <summary>A public client has no secret and must use PKCE (browser and mobile apps).</summary>
    public bool IsPublic { get; set; }

    public bool AllowImplicit { get; set; } = true;

    public bool AllowRefreshTokens { get; set; }
}
