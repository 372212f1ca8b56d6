using System.ComponentModel.DataAnnotations;

namespace Anibase.Server.Pages.Account.Signup;

public sealed class InputModel
{
    [Required(ErrorMessage = "Choose a user name.")]
    [StringLength(20, MinimumLength = 2, ErrorMessage = "A user name is 2 to 20 letters or digits.")]
    [RegularExpression("^[A-Za-z0-9]+$", ErrorMessage = "A user name is letters and digits only.")]
    [Display(Name = "User name")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter your email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(256, MinimumLength = 8, ErrorMessage = "A password is at least 8 characters.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";
}
