// DOM XSS: postMessage handler renders event.data without checking event.origin
window.addEventListener("message", function (event) {
  const widget = document.getElementById("chat-widget");
  widget.innerHTML = event.data.html; // want: JS-DOM-XSS
});
