// generated case (gen_cases_js): category=domxss expected=true shape=object_property src=wname
const state = { title: window.name, n: 1 };
document.getElementById("title").innerHTML = state.title; // want: JS-DOM-XSS
