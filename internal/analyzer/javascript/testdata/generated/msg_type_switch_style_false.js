// generated case (gen_cases_js): category=domxss expected=false shape=msg_type_switch_style
window.addEventListener("message", (e) => {
  switch (e.data.type) {
    case "resize":
      document.getElementById("frame").style.height = parseInt(e.data.height, 10) + "px";
      break;
    default:
      break;
  }
});
