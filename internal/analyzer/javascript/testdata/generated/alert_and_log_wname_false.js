// generated case (gen_cases_js): category=domxss expected=false shape=alert_and_log src=wname
const q = window.name;
alert("You searched for " + q);
console.info(q);
localStorage.setItem("lastSearch", q);
