// generated case (gen_cases_js): category=domxss expected=false shape=classname_and_style src=storage
const v = localStorage.getItem("draft");
const el = document.getElementById("out");
el.className = "theme-" + v;
el.style.color = v;
