// generated case (gen_cases_js): category=domxss expected=true shape=reassigned_one_branch src=urlsp
let v = "<b>home</b>";
if (location.hash.length > 1) {
  v = new URL(location.href).searchParams.get("q");
}
document.getElementById("out").innerHTML = v; // want: JS-DOM-XSS
