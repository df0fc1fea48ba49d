// generated case (gen_cases_js): category=domxss expected=false shape=href_protocol_check src=usp
const raw = new URLSearchParams(location.search).get("next");
const url = new URL(raw, location.href);
if (url.protocol === "https:" || url.protocol === "http:") {
  document.getElementById("next").href = url.href;
}
