using System.ComponentModel.DataAnnotations;

namespace Anibase.Server.Pages.Account.Login;

public sealed class InputModel
{
    [Required(ErrorMessage = "Enter your user name or email.")]
    [Display(Name = "User name or email")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";
}
