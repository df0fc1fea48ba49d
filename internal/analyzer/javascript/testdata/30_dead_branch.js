// DOM XSS FALSE: tainted write only in an if (false) branch
const DEBUG = false;
let html = "<p>Ready</p>";
if (false) {
  html = location.hash.slice(1);
}
document.getElementById("status").innerHTML = html;
