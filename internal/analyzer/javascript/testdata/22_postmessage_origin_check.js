// DOM XSS FALSE: postMessage handler returns early unless event.origin equals a constant
const TRUSTED_ORIGIN = "https://widgets.example.com";
window.addEventListener("message", (event) => {
  if (event.origin !== TRUSTED_ORIGIN) {
    return;
  }
  document.getElementById("chat-widget").innerHTML = event.data.html;
});
