// The PIN page: an implicit grant's token arrives in the URL fragment, which the browser never
// sends to the server. Move it into the box, then drop the fragment from the address bar and
// history, so the token is not left where a later visitor of this browser could see it.
(function () {
  "use strict";
  var box = document.getElementById("pin-value");
  var params = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  if (box && box.hasAttribute("data-from-fragment")) {
    var token = params.get("access_token");
    if (token) {
      box.value = token;
      history.replaceState(null, "", window.location.pathname + window.location.search);
    } else if (params.get("error")) {
      box.value = params.get("error") + ": " + (params.get("error_description") || "");
    } else {
      box.hidden = true;
      document.getElementById("pin-copy").hidden = true;
      document.getElementById("pin-missing").hidden = false;
    }
  }

  var copy = document.getElementById("pin-copy");
  if (copy && box) {
    copy.addEventListener("click", function () {
      box.select();
      var done = function () { copy.textContent = "Copied"; };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(box.value).then(done, function () { document.execCommand("copy"); done(); });
      } else {
        document.execCommand("copy");
        done();
      }
    });
  }
})();
