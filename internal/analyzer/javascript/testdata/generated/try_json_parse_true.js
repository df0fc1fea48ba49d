// generated case (gen_cases_js): category=domxss expected=true shape=try_json_parse
let state = {};
try {
  state = JSON.parse(atob(location.hash.slice(1)));
} catch (err) {
  state = { title: "untitled" };
}
document.getElementById("title").innerHTML = state.title; // want: JS-DOM-XSS
