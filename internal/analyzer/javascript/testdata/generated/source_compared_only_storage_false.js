// generated case (gen_cases_js): category=domxss expected=false shape=source_compared_only src=storage
const tab = localStorage.getItem("draft");
document.getElementById("out").innerHTML = tab === "help" ? "<b>Help</b>" : "<b>Home</b>";
