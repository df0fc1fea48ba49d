// generated case (gen_cases_js): category=domxss expected=true shape=optional_param_default src=storage
function greet(who = "guest") {
  document.getElementById("greet").innerHTML = "Hello " + who; // want: JS-DOM-XSS
}
greet(localStorage.getItem("draft"));
