// generated case (gen_cases_js): category=domxss expected=false shape=react_text_child src=urlsp
function Preview() {
  const text = new URL(location.href).searchParams.get("q");
  return <div className="preview">{text}</div>;
}
export default Preview;
