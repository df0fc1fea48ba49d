// generated case (gen_cases_js): category=domxss expected=false shape=href_protocol_check src=searchdec
const raw = decodeURIComponent(location.search.substring(1));
const url = new URL(raw, location.href);
if (url.protocol === "https:" || url.protocol === "http:") {
  document.getElementById("next").href = url.href;
}
