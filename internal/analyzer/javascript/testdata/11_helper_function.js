// DOM XSS: helper renders its argument into innerHTML; caller passes location.search
function renderNotice(el, text) {
  el.innerHTML = '<div class="notice">' + text + "</div>"; // want: JS-DOM-XSS
}

const msg = new URLSearchParams(location.search).get("msg");
if (msg) {
  renderNotice(document.getElementById("notices"), msg);
}
