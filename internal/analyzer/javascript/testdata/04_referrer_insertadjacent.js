// DOM XSS: document.referrer inserted with insertAdjacentHTML
function showBackLink() {
  const ref = document.referrer;
  const nav = document.getElementById("nav");
  nav.insertAdjacentHTML("beforeend", '<a href="' + ref + '">Back</a>'); // want: JS-DOM-XSS
}
showBackLink();
