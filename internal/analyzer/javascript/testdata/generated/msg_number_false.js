// generated case (gen_cases_js): category=domxss expected=false shape=msg_number
window.addEventListener("message", (e) => {
  const height = Number(e.data.height);
  document.getElementById("msg").innerHTML = "<b>" + height + "px</b>";
});
