// generated case (gen_cases_js): category=domxss expected=false shape=allowlist_lookup_table src=hashsub
const LABELS = { home: "<b>Home</b>", about: "<b>About us</b>" };
const tab = location.hash.substring(1);
document.getElementById("title").innerHTML = LABELS[tab] || "<b>Unknown</b>";
