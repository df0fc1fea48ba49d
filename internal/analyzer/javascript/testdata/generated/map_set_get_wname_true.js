// generated case (gen_cases_js): category=domxss expected=true shape=map_set_get src=wname
const store = new Map();
store.set("q", window.name);
document.getElementById("out").innerHTML = store.get("q"); // want: JS-DOM-XSS
