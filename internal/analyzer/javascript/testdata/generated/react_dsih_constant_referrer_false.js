// generated case (gen_cases_js): category=domxss expected=false shape=react_dsih_constant src=referrer
const MARKUP = "<b>Terms</b>";
function Terms() {
  const q = document.referrer;
  return <div title={q} dangerouslySetInnerHTML={{ __html: MARKUP }} />;
}
export default Terms;
