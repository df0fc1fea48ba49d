// generated case (gen_cases_js): category=domxss expected=true shape=switch_passthrough src=referrer
let out = "";
const mode = location.hash.slice(1, 4);
switch (mode) {
  case "raw":
    out = document.referrer;
    break;
  default:
    out = "<i>none</i>";
}
document.getElementById("out").innerHTML = out; // want: JS-DOM-XSS
