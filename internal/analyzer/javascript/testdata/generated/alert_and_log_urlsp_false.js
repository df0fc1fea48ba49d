// generated case (gen_cases_js): category=domxss expected=false shape=alert_and_log src=urlsp
const q = new URL(location.href).searchParams.get("q");
alert("You searched for " + q);
console.info(q);
localStorage.setItem("lastSearch", q);
