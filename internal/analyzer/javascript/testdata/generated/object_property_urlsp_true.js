// generated case (gen_cases_js): category=domxss expected=true shape=object_property src=urlsp
const state = { title: new URL(location.href).searchParams.get("q"), n: 1 };
document.getElementById("title").innerHTML = state.title; // want: JS-DOM-XSS
