// generated case (gen_cases_js): category=domxss expected=false shape=msg_textcontent
window.addEventListener("message", (e) => {
  document.getElementById("msg").textContent = e.data;
});
