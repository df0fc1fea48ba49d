// generated case (gen_cases_js): category=domxss expected=false shape=boolean_derived src=referrer
const on = document.referrer === "yes";
document.getElementById("flag").innerHTML = on ? "<b>on</b>" : "<i>off</i>";
