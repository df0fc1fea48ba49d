// generated case (gen_cases_js): category=domxss expected=false shape=boolean_derived src=hashsub
const on = location.hash.substring(1) === "yes";
document.getElementById("flag").innerHTML = on ? "<b>on</b>" : "<i>off</i>";
