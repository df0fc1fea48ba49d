// generated case (gen_cases_js): category=domxss expected=false shape=allowlist_switch_assign src=referrer
let html;
switch (document.referrer) {
  case "a":
    html = "<b>Alpha</b>";
    break;
  case "b":
    html = "<b>Beta</b>";
    break;
  default:
    html = "";
}
document.getElementById("out").innerHTML = html;
