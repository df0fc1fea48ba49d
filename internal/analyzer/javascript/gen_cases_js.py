#!/usr/bin/python3
"""Generator of true/false fixture cases for the JavaScript (DOM XSS)
analyzer, with a scorer for secaudit reports on them.

Every case is one small script, truly vulnerable or safe for a reason decided
from the code alone (browser semantics), most of them in twins that differ in
the one detail that matters:

- sinks: innerHTML/outerHTML/insertAdjacentHTML/srcdoc, document.write(ln)
  (also through a document alias or an iframe's document), eval, Function,
  setTimeout/setInterval strings, jQuery .html()/.append()/$(markup)/
  $.parseHTML, href/src/action properties and setAttribute of URL and event
  attributes, location assignments, window.open, script elements' text;
- safe twins: textContent/innerText/createTextNode, setAttribute of
  non-event, non-URL attributes, jQuery .text()/.val()/.attr("title"),
  DOMPurify, escaping helpers written in the file (by name and without a
  telling name, inline replace chains, a replace callback with a map),
  encodeURIComponent in URL and element contexts, parseInt/Number,
  allow-lists (includes/Set/===-chains/lookup tables/switch), anchored regex
  guards, URL protocol/origin checks, fixed URL prefixes;
- HTML escaping in the wrong context (unquoted attribute, href, inline event
  handler) and incomplete escaping (replace of the first "<" only) are true;
- message handlers: exact origin checks (===, allow-list includes/has/
  indexOf, throw, location.origin, through a local or a destructured origin,
  URL hostname, anchored regex) vs. bypassable ones (indexOf/includes/
  startsWith/endsWith substrings, unanchored regex, a check that does not
  return), jQuery's e.originalEvent.data;
- propagation: functions, closures, factories, callbacks, classes (fields,
  methods, static methods), object literals and methods, arrays (push, join,
  elements), Map, Object.assign/fromEntries, destructuring, template
  literals, spread, Promise.then/new Promise/async-await, hashchange and
  DOMContentLoaded listeners, jQuery handlers, IIFEs, logical assignment;
- fetch/XHR responses are server data, not DOM sources (false);
- React dangerouslySetInnerHTML (direct, through props and state) vs. JSX
  text; constant-folded branches, dead code, short-circuits, variables
  overwritten with constants.

The first line of a case says what it is:

    // generated case (gen_cases_js): category=domxss expected=true shape=SHAPE src=SRC

and the sink line of a true case ends with "// want: JS-DOM-XSS" (the
convention of analyzer_test.go, which reads testdata/ recursively).

    python3 internal/analyzer/javascript/gen_cases_js.py            # committed suite
    GENJS_ALL=1 python3 internal/analyzer/javascript/gen_cases_js.py  # with PENDING cases
    python3 internal/analyzer/javascript/gen_cases_js.py --score REPORT.json [DIR]

Output: testdata/generated/ beside this script (or $GENJS_OUT; wiped and
regenerated on every run). Cases the analyzer gets wrong today are listed in
PENDING (triage: /tmp/notes/js-triage.md) and only written with GENJS_ALL=1.

Body conventions: a line starting with "!" is the sink line (marked only in
true cases); {S} is replaced by a source expression chosen from the case's
source set (each case is rendered with n of them, rotating).
"""
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.environ.get("GENJS_OUT") or os.path.join(HERE, "testdata", "generated")
RULE = "JS-DOM-XSS"

# Case keys (file names without "_true.js"/"_false.js", or a whole shape)
# the analyzer does not pass yet; generated only with GENJS_ALL=1.
PENDING = {
    "array_element_other", "bare_window_name", "document_url_replace_hash", "dompurify_in_attribute",
    "escape_helper_amp_only", "escape_helper_first_only", "escape_helper_in_href", "escape_helper_in_onclick",
    "escape_helper_unquoted_attr", "escape_inline_chain", "eval_json_stringify", "guard_no_angle",
    "href_relative_path_check", "strip_angle_brackets_content",
}

# Source expressions. "html": attacker-controlled text (markup sinks);
# "url": the attacker also picks the start of the string (javascript: URLs,
# jQuery's $(markup)); "code": for code sinks.
SRC_HTML = [
    ("hashdec", "decodeURIComponent(location.hash.slice(1))"),
    ("usp", 'new URLSearchParams(location.search).get("q")'),
    ("hash", "location.hash"),
    ("urlsp", 'new URL(location.href).searchParams.get("q")'),
    ("wname", "window.name"),
    ("hashsub", "location.hash.substring(1)"),
    ("referrer", "document.referrer"),
    ("searchdec", "decodeURIComponent(location.search.slice(1))"),
    ("storage", 'localStorage.getItem("draft")'),
    ("docurl", "document.URL"),
]
SRC_URL = [
    ("usp", 'new URLSearchParams(location.search).get("next")'),
    ("hashdec", "decodeURIComponent(location.hash.slice(1))"),
    ("wname", "window.name"),
    ("urlsp", 'new URL(location.href).searchParams.get("next")'),
    ("hashsub", "location.hash.substring(1)"),
    ("storage", 'localStorage.getItem("returnTo")'),
    ("searchdec", "decodeURIComponent(location.search.substring(1))"),
]
SRCS = {"html": SRC_HTML, "url": SRC_URL, "code": SRC_URL}

CASES = []


def case(shape, truth, body, srcs="html", n=2):
    """body: the script ({S}: the source, "!": the sink line); srcs: the
    source set, or None for a fixed body; n: how many sources to render."""
    assert shape not in {c["shape"] for c in CASES}, shape
    CASES.append(dict(shape=shape, truth=truth, body=body.strip("\n"), srcs=srcs if "{S}" in body else None, n=n))


def T(shape, body, srcs="html", n=2):
    case(shape, True, body, srcs, n)


def F(shape, body, srcs="html", n=2):
    case(shape, False, body, srcs, n)


# ==========================================================================
# markup sinks and their text twins
# ==========================================================================
T("innerhtml_direct", """
const out = document.getElementById("out");
!out.innerHTML = {S};
""", n=3)
F("textcontent_direct", """
const out = document.getElementById("out");
out.textContent = {S};
""", n=2)
F("innertext_direct", """
document.getElementById("out").innerText = {S};
""")
F("createtextnode", """
const out = document.getElementById("out");
out.appendChild(document.createTextNode({S}));
""")
F("dom_append_text", """
const li = document.createElement("li");
li.append("Searched for: ", {S});
document.getElementById("history").appendChild(li);
""")
F("insertadjacenttext", """
document.getElementById("log").insertAdjacentText("beforeend", {S});
""")
T("innerhtml_concat", """
const msg = "<p>Hello " + {S} + "</p>";
!document.querySelector("#greet").innerHTML = msg;
""", n=2)
T("outerhtml", """
const box = document.getElementById("box");
!box.outerHTML = "<div class='box'>" + {S} + "</div>";
""", n=1)
T("insertadjacenthtml", """
!document.body.insertAdjacentHTML("beforeend", "<li>" + {S} + "</li>");
""")
T("document_write", """
!document.write("<span class='user'>" + {S} + "</span>");
""")
T("document_writeln", """
!document.writeln({S});
""", n=1)
T("document_alias_write", """
const d = document;
!d.write("<p>" + {S} + "</p>");
""")
T("iframe_document_write", """
const frame = document.getElementById("preview");
const doc = frame.contentDocument;
doc.open();
!doc.write({S});
doc.close();
""")
T("innerhtml_plus_assign", """
const list = document.getElementById("list");
!list.innerHTML += "<li>" + {S} + "</li>";
""")
T("srcdoc", """
const frame = document.createElement("iframe");
!frame.srcdoc = {S};
document.body.appendChild(frame);
""")
T("setattribute_srcdoc", """
const frame = document.createElement("iframe");
!frame.setAttribute("srcdoc", "<p>" + {S} + "</p>");
document.body.appendChild(frame);
""", n=1)
T("contextual_fragment", """
const range = document.createRange();
!const frag = range.createContextualFragment({S});
document.body.appendChild(frag);
""", n=1)
T("innerhtml_subscript", """
const el = document.getElementById("out");
!el["innerHTML"] = {S};
""", n=1)
T("template_literal", """
const el = document.getElementById("title");
!el.innerHTML = `<h1>${{S}}</h1>`;
""", n=2)
T("string_methods", """
const el = document.getElementById("out");
!el.innerHTML = {S}.trim().toLowerCase();
""", n=1)
T("concat_method", """
const el = document.getElementById("out");
!el.innerHTML = "<i>".concat({S}, "</i>");
""", n=1)
T("json_stringify_innerhtml", """
const el = document.getElementById("debug");
!el.innerHTML = "<pre>" + JSON.stringify({ q: {S} }) + "</pre>";
""", n=1)
F("document_title", """
document.title = "Results for " + {S};
""", n=1)
F("classname_and_style", """
const v = {S};
const el = document.getElementById("out");
el.className = "theme-" + v;
el.style.color = v;
""", n=1)
F("history_pushstate", """
const tab = {S};
history.pushState({ tab: tab }, "", "/tabs/" + encodeURIComponent(tab));
""", n=1)
F("unused_source_static_sink", """
const q = {S};
console.log("query", q);
document.getElementById("out").innerHTML = "<b>Welcome back</b>";
""")
F("textcontent_then_innerhtml_copy", """
const tmp = document.createElement("div");
tmp.textContent = {S};
document.getElementById("out").innerHTML = "<p>" + tmp.innerHTML + "</p>";
""", n=1)

# ==========================================================================
# jQuery
# ==========================================================================
T("jq_html", """
!$("#result").html({S});
""", n=2)
F("jq_text", """
$("#result").text({S});
""", n=2)
T("jq_append", """
!$("#list").append("<li>" + {S} + "</li>");
""", n=1)
T("jq_prepend", """
!jQuery(".feed").prepend("<div class='item'>" + {S} + "</div>");
""", n=1)
T("jq_after", """
!$("#title").after("<small>" + {S} + "</small>");
""", n=1)
T("jq_markup_ctor", """
!const $row = $("<tr><td>" + {S} + "</td></tr>");
$row.appendTo("#table");
""", n=1)
T("jq_ctor_user_start", """
!$({S}).appendTo("#preview");
""", srcs="url")
T("jq_parsehtml_append", """
const nodes = $.parseHTML({S});
!$("#out").append(nodes);
""")
F("jq_selector_hash_prefix", """
const tab = {S};
$("#" + tab).addClass("active");
""")
F("jq_selector_attr", """
const id = {S};
$(".item[data-id='" + id + "']").show();
""", n=1)
F("jq_val_attr_title", """
const q = {S};
$("#search").val(q);
$("#search-link").attr("title", q);
""")
T("jq_attr_href", """
!$("a.profile").attr("href", {S});
""", srcs="url")
F("jq_text_then_append", """
const item = $("<li>").text({S});
$("#list").append(item);
""")
T("jq_ready_html", """
$(function () {
!  $("#greeting").html("Hi " + {S});
});
""", n=1)
T("jq_on_hashchange", """
$(window).on("hashchange", function () {
!  $("#view").html(decodeURIComponent(location.hash.slice(1)));
});
""")

# ==========================================================================
# code sinks
# ==========================================================================
T("eval_concat", """
!eval("render('" + {S} + "')");
""", srcs="code")
T("window_eval", """
!window.eval({S});
""", srcs="code", n=1)
T("new_function", """
!const fn = new Function("return " + {S});
fn();
""", srcs="code")
T("function_call_ctor", """
!Function({S})();
""", srcs="code", n=1)
T("settimeout_string", """
!setTimeout("show('" + {S} + "')", 100);
""", srcs="code")
T("setinterval_string", """
!window.setInterval({S}, 1000);
""", srcs="code", n=1)
F("settimeout_function", """
const v = {S};
setTimeout(() => {
  document.getElementById("out").textContent = v;
}, 100);
""")
T("settimeout_closure_innerhtml", """
const v = {S};
setTimeout(() => {
!  document.getElementById("out").innerHTML = v;
}, 100);
""")
T("script_text", """
const s = document.createElement("script");
!s.text = {S};
document.head.appendChild(s);
""", srcs="code", n=1)
T("script_textcontent", """
const s = document.createElement("script");
!s.textContent = "var cfg = '" + {S} + "';";
document.head.appendChild(s);
""", srcs="code", n=1)
T("setattribute_onclick", """
const btn = document.getElementById("go");
!btn.setAttribute("onclick", "go('" + {S} + "')");
""", srcs="code")
F("eval_json_stringify", """
const q = {S};
eval("var query = " + JSON.stringify(q) + ";");
""", srcs="code", n=1)
T("encodeuricomponent_in_code", """
const q = {S};
!setTimeout("track('" + encodeURIComponent(q) + "')", 0);
""", srcs="code", n=1)

# ==========================================================================
# URL sinks
# ==========================================================================
T("href_assign", """
const link = document.getElementById("next");
!link.href = {S};
""", srcs="url", n=2)
T("setattribute_href", """
!document.querySelector("a.back").setAttribute("href", {S});
""", srcs="url", n=2)
F("setattribute_title", """
document.querySelector("a.back").setAttribute("title", {S});
""", n=2)
F("setattribute_data", """
const el = document.getElementById("widget");
el.setAttribute("data-source", {S});
el.setAttribute("aria-label", {S});
""", srcs="url", n=1)
T("location_href", """
!location.href = {S};
""", srcs="url", n=2)
T("location_assign_method", """
!location.assign({S});
""", srcs="url")
T("location_replace_method", """
!window.location.replace({S});
""", srcs="url", n=1)
T("window_location", """
!window.location = {S};
""", srcs="url", n=1)
T("document_location", """
!document.location = {S};
""", srcs="url", n=1)
T("window_open", """
!window.open({S}, "_blank");
""", srcs="url", n=1)
T("form_action", """
const form = document.getElementById("login");
!form.action = {S};
""", srcs="url", n=1)
T("iframe_src", """
const frame = document.createElement("iframe");
!frame.src = {S};
document.body.appendChild(frame);
""", srcs="url", n=1)
T("script_src", """
const s = document.createElement("script");
!s.src = {S};
document.head.appendChild(s);
""", srcs="url", n=1)
T("javascript_prefix_href", """
const link = document.getElementById("show");
!link.href = "javascript:show('" + {S} + "')";
""", srcs="url")
F("href_fixed_path_prefix", """
document.getElementById("profile").href = "/users/" + {S};
""", srcs="url")
F("href_fixed_https_prefix", """
document.getElementById("share").href = "https://social.example.com/share?u=" + {S};
""", srcs="url")
F("href_encodeuricomponent", """
document.getElementById("search").href = encodeURIComponent({S});
""", srcs="url")
F("href_hash_prefix", """
document.getElementById("anchor").href = "#" + {S};
""", srcs="url", n=1)
F("href_location_hash", """
document.getElementById("self-link").href = location.hash;
""", srcs=None, n=1)
F("href_referrer", """
document.getElementById("back").href = document.referrer;
""", srcs=None, n=1)
F("href_location_href", """
document.getElementById("permalink").setAttribute("href", location.href);
""", srcs=None, n=1)
F("location_hash_set", """
location.hash = {S};
""", srcs="url", n=1)
F("location_href_encoded_query", """
const q = {S};
location.href = location.pathname + "?q=" + encodeURIComponent(q);
""", srcs="url", n=1)
F("mailto_prefix", """
document.getElementById("mail").setAttribute("href", "mailto:" + {S});
""", srcs="url", n=1)
T("href_dompurify", """
const link = document.getElementById("next");
!link.href = DOMPurify.sanitize({S});
""", srcs="url", n=1)
T("href_encodeuri", """
const link = document.getElementById("next");
!link.href = encodeURI({S});
""", srcs="url", n=1)
F("href_protocol_check", """
const raw = {S};
const url = new URL(raw, location.href);
if (url.protocol === "https:" || url.protocol === "http:") {
  document.getElementById("next").href = url.href;
}
""", srcs="url")
F("location_same_origin_check", """
function go() {
  const target = new URL({S}, location.href);
  if (target.origin !== location.origin) {
    return;
  }
  location.href = target.href;
}
go();
""", srcs="url")
F("href_regex_scheme_check", """
const u = {S};
if (/^https?:\\/\\//i.test(u)) {
  document.getElementById("site").href = u;
}
""", srcs="url")
F("href_relative_path_check", """
const u = {S};
if (u.startsWith("/") && !u.startsWith("//")) {
  document.getElementById("next").href = u;
}
""", srcs="url", n=1)
T("href_blocklist_javascript", """
const u = {S};
if (!u.startsWith("javascript:")) {
!  document.getElementById("next").href = u;
}
""", srcs="url")
F("img_src_new_image", """
const img = new Image();
img.src = {S};
document.body.appendChild(img);
""", srcs="url", n=1)
F("document_cookie", """
document.cookie = "last_search=" + encodeURIComponent({S}) + "; path=/";
""", n=1)

# ==========================================================================
# sanitizers and escaping
# ==========================================================================
F("dompurify", """
const el = document.getElementById("out");
el.innerHTML = DOMPurify.sanitize({S});
""", n=2)
F("dompurify_options", """
const raw = {S};
const clean = DOMPurify.sanitize(raw, { ALLOWED_TAGS: ["b", "i", "em"] });
document.getElementById("out").innerHTML = clean;
""")
ESC = """function escapeHtml(s) {
  return String(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}
"""
F("escape_helper_named", ESC + """
document.getElementById("out").innerHTML = "<p>" + escapeHtml({S}) + "</p>";
""", n=2)
F("escape_helper_quoted_attr", ESC + """
const q = {S};
document.getElementById("out").innerHTML = '<input value="' + escapeHtml(q) + '">';
""")
T("escape_helper_unquoted_attr", ESC + """
const q = decodeURIComponent(location.hash.slice(1));
!document.getElementById("out").innerHTML = "<img alt=" + escapeHtml(q) + " src=/logo.png>";
""", srcs=None)
T("escape_helper_in_href", ESC + """
const u = {S};
!document.getElementById("out").innerHTML = '<a href="' + escapeHtml(u) + '">continue</a>';
""", srcs="url")
T("escape_helper_in_onclick", ESC + """
const q = {S};
!document.getElementById("out").innerHTML = '<button onclick="search(\\'' + escapeHtml(q) + '\\')">Search</button>';
""", srcs="code")
T("escape_helper_first_only", """
function escapeHtml(s) {
  return s.replace("<", "&lt;").replace(">", "&gt;");
}
!document.getElementById("out").innerHTML = "<p>" + escapeHtml({S}) + "</p>";
""")
T("escape_helper_amp_only", """
function sanitizeText(s) {
  return s.replace(/&/g, "&amp;");
}
!document.getElementById("out").innerHTML = sanitizeText({S});
""", n=1)
F("escape_helper_short_name", """
function h(s) {
  return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
document.getElementById("out").innerHTML = "<span>" + h({S}) + "</span>";
""")
F("escape_inline_chain", """
const raw = {S};
const safe = raw.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
document.getElementById("out").innerHTML = "<p>" + safe + "</p>";
""")
F("escape_replace_map_callback", """
const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const toText = (s) => String(s).replace(/[&<>"']/g, (c) => ENTITIES[c]);
document.getElementById("out").innerHTML = "<li>" + toText({S}) + "</li>";
""")
F("strip_angle_brackets_content", """
const q = {S};
document.getElementById("out").innerHTML = "<p>" + q.replace(/[<>]/g, "") + "</p>";
""", n=1)
T("strip_angle_brackets_attr", """
const q = new URLSearchParams(location.search).get("alt");
!document.getElementById("out").innerHTML = '<img src="/a.png" alt="' + q.replace(/[<>]/g, "") + '">';
""", srcs=None)
F("encodeuricomponent_content", """
document.getElementById("out").innerHTML = "<p>" + encodeURIComponent({S}) + "</p>";
""")
F("encodeuricomponent_dq_attr", """
const q = {S};
document.getElementById("out").innerHTML = '<a href="/search?q=' + encodeURIComponent(q) + '">search again</a>';
""")
F("parseint", """
const page = parseInt({S}, 10);
document.getElementById("pager").innerHTML = "<b>Page " + page + "</b>";
""")
F("number_conversion", """
const n = Number({S}) || 0;
document.getElementById("count").innerHTML = "<b>" + n + "</b> items";
""")
F("unary_plus_math", """
const n = Math.max(1, +{S});
document.getElementById("count").innerHTML = "<b>" + n + "</b>";
""", n=1)
F("boolean_derived", """
const on = {S} === "yes";
document.getElementById("flag").innerHTML = on ? "<b>on</b>" : "<i>off</i>";
""")
F("length_only", """
const q = {S};
document.getElementById("len").innerHTML = "<b>" + q.length + "</b> characters";
""", n=1)

# ==========================================================================
# allow-lists and guards
# ==========================================================================
F("allowlist_includes_return", """
function showTab() {
  const tab = {S};
  if (!["home", "about", "faq"].includes(tab)) {
    return;
  }
  document.getElementById("tab").innerHTML = "<b>" + tab + "</b>";
}
showTab();
""")
F("allowlist_set_has", """
const ALLOWED = new Set(["red", "green", "blue"]);
function paint() {
  const color = {S};
  if (!ALLOWED.has(color)) return;
  document.getElementById("swatch").innerHTML = "<span>" + color + "</span>";
}
paint();
""")
F("allowlist_eq_chain", """
function setMode() {
  const mode = {S};
  if (mode !== "grid" && mode !== "list") {
    return;
  }
  document.getElementById("mode").innerHTML = "<em>" + mode + "</em>";
}
setMode();
""")
F("allowlist_lookup_table", """
const LABELS = { home: "<b>Home</b>", about: "<b>About us</b>" };
const tab = {S};
document.getElementById("title").innerHTML = LABELS[tab] || "<b>Unknown</b>";
""")
F("allowlist_switch_assign", """
let html;
switch ({S}) {
  case "a":
    html = "<b>Alpha</b>";
    break;
  case "b":
    html = "<b>Beta</b>";
    break;
  default:
    html = "";
}
document.getElementById("out").innerHTML = html;
""")
F("regex_guard_anchored", """
const q = {S};
if (/^[a-z0-9_-]{1,32}$/i.test(q)) {
  document.getElementById("user").innerHTML = "<b>" + q + "</b>";
}
""")
T("regex_guard_unanchored", """
const q = {S};
if (/[a-z]+/.test(q)) {
!  document.getElementById("user").innerHTML = "<b>" + q + "</b>";
}
""", n=1)
T("allowlist_check_not_guarding", """
const tab = {S};
if (["home", "about"].includes(tab)) {
  console.log("known tab");
}
!document.getElementById("tab").innerHTML = tab;
""", n=1)
T("length_guard", """
const q = {S};
if (q.length < 200) {
!  document.getElementById("out").innerHTML = q;
}
""", n=1)
F("typeof_number_guard", """
function show() {
  const state = JSON.parse(decodeURIComponent(location.hash.slice(1)));
  if (typeof state.count !== "number") return;
  document.getElementById("count").innerHTML = "<b>" + state.count + "</b>";
}
show();
""", srcs=None)

# ==========================================================================
# postMessage
# ==========================================================================
T("msg_no_check", """
window.addEventListener("message", (e) => {
!  document.getElementById("msg").innerHTML = e.data;
});
""", srcs=None)
T("msg_named_handler", """
function onMessage(event) {
!  document.getElementById("msg").innerHTML = event.data.html;
}
window.addEventListener("message", onMessage, false);
""", srcs=None)
T("msg_onmessage", """
window.onmessage = function (e) {
!  document.getElementById("msg").insertAdjacentHTML("beforeend", e.data);
};
""", srcs=None)
T("msg_destructured_data", """
window.addEventListener("message", ({ data }) => {
!  document.getElementById("msg").innerHTML = data.body;
});
""", srcs=None)
T("msg_json_parse", """
window.addEventListener("message", function (e) {
  const msg = JSON.parse(e.data);
!  document.getElementById("msg").innerHTML = msg.body;
});
""", srcs=None)
T("msg_eval", """
addEventListener("message", (e) => {
!  eval(e.data.code);
});
""", srcs=None)
T("msg_location", """
window.addEventListener("message", (e) => {
!  location.href = e.data.url;
});
""", srcs=None)
T("msg_origin_indexof_substring", """
window.addEventListener("message", (e) => {
  if (e.origin.indexOf("example.com") === -1) return;
!  document.getElementById("msg").innerHTML = e.data;
});
""", srcs=None)
T("msg_origin_startswith", """
window.addEventListener("message", (e) => {
  if (!e.origin.startsWith("https://app.example.com")) {
    return;
  }
!  document.getElementById("msg").innerHTML = e.data;
});
""", srcs=None)
T("msg_origin_includes", """
window.addEventListener("message", (event) => {
  if (event.origin.includes("example.com")) {
!    document.getElementById("msg").innerHTML = event.data;
  }
});
""", srcs=None)
T("msg_origin_endswith_nodot", """
window.addEventListener("message", (e) => {
  if (!e.origin.endsWith("example.com")) return;
!  document.getElementById("msg").innerHTML = e.data;
});
""", srcs=None)
T("msg_origin_regex_unanchored", """
window.addEventListener("message", (e) => {
  if (!/example\\.com/.test(e.origin)) return;
!  document.getElementById("msg").innerHTML = e.data;
});
""", srcs=None)
T("msg_origin_check_no_return", """
const TRUSTED = "https://app.example.com";
window.addEventListener("message", (e) => {
  if (e.origin !== TRUSTED) {
    console.warn("message from unexpected origin", e.origin);
  }
!  document.getElementById("msg").innerHTML = e.data;
});
""", srcs=None)
T("msg_origin_hostname_endswith", """
window.addEventListener("message", (e) => {
  if (!new URL(e.origin).hostname.endsWith("example.com")) return;
!  document.getElementById("msg").innerHTML = e.data;
});
""", srcs=None)
T("msg_jquery_originalevent", """
$(window).on("message", function (e) {
!  $("#msg").html(e.originalEvent.data);
});
""", srcs=None)
F("msg_origin_strict", """
window.addEventListener("message", (e) => {
  if (e.origin !== "https://app.example.com") return;
  document.getElementById("msg").innerHTML = e.data;
});
""", srcs=None)
F("msg_origin_eq_block", """
const TRUSTED = "https://app.example.com";
window.addEventListener("message", function (event) {
  if (event.origin === TRUSTED) {
    document.getElementById("msg").innerHTML = event.data.html;
  }
});
""", srcs=None)
F("msg_origin_two_allowed", """
window.onmessage = (e) => {
  if (e.origin !== "https://a.example.com" && e.origin !== "https://b.example.com") {
    return;
  }
  document.getElementById("msg").innerHTML = e.data;
};
""", srcs=None)
F("msg_origin_allowlist_includes", """
const ALLOWED_ORIGINS = ["https://a.example.com", "https://b.example.com"];
window.addEventListener("message", (e) => {
  if (!ALLOWED_ORIGINS.includes(e.origin)) return;
  document.getElementById("msg").innerHTML = e.data;
});
""", srcs=None)
F("msg_origin_set_has", """
const ALLOWED_ORIGINS = new Set(["https://a.example.com"]);
window.addEventListener("message", (e) => {
  if (ALLOWED_ORIGINS.has(e.origin)) {
    eval(e.data.code);
  }
});
""", srcs=None)
F("msg_origin_array_indexof", """
const ALLOWED_ORIGINS = ["https://a.example.com", "https://b.example.com"];
window.addEventListener("message", (e) => {
  if (ALLOWED_ORIGINS.indexOf(e.origin) === -1) return;
  document.getElementById("msg").innerHTML = e.data;
});
""", srcs=None)
F("msg_origin_throw", """
window.addEventListener("message", (e) => {
  if (e.origin !== "https://app.example.com") {
    throw new Error("untrusted origin " + e.origin);
  }
  document.getElementById("msg").innerHTML = e.data;
});
""", srcs=None)
F("msg_origin_self", """
window.addEventListener("message", (e) => {
  if (e.origin !== window.location.origin) return;
  document.getElementById("msg").innerHTML = e.data;
});
""", srcs=None)
F("msg_origin_local_var", """
window.addEventListener("message", (e) => {
  const origin = e.origin;
  if (origin !== "https://app.example.com") return;
  document.getElementById("msg").innerHTML = e.data;
});
""", srcs=None)
F("msg_origin_destructured", """
window.addEventListener("message", ({ origin, data }) => {
  if (origin !== "https://app.example.com") return;
  document.getElementById("msg").innerHTML = data;
});
""", srcs=None)
F("msg_origin_url_hostname", """
window.addEventListener("message", (e) => {
  if (new URL(e.origin).hostname !== "widgets.example.com") return;
  document.getElementById("msg").innerHTML = e.data;
});
""", srcs=None)
F("msg_origin_regex_anchored", """
window.addEventListener("message", (e) => {
  if (!/^https:\\/\\/widgets\\.example\\.com$/.test(e.origin)) return;
  document.getElementById("msg").innerHTML = e.data;
});
""", srcs=None)
F("msg_origin_helper", """
function isTrusted(origin) {
  return origin === "https://app.example.com";
}
window.addEventListener("message", (e) => {
  if (!isTrusted(e.origin)) return;
  document.getElementById("msg").innerHTML = e.data;
});
""", srcs=None)
F("msg_textcontent", """
window.addEventListener("message", (e) => {
  document.getElementById("msg").textContent = e.data;
});
""", srcs=None)
F("msg_number", """
window.addEventListener("message", (e) => {
  const height = Number(e.data.height);
  document.getElementById("msg").innerHTML = "<b>" + height + "px</b>";
});
""", srcs=None)
F("msg_type_switch_style", """
window.addEventListener("message", (e) => {
  switch (e.data.type) {
    case "resize":
      document.getElementById("frame").style.height = parseInt(e.data.height, 10) + "px";
      break;
    default:
      break;
  }
});
""", srcs=None)

# ==========================================================================
# propagation
# ==========================================================================
T("fn_return", """
function getParam() {
  return {S};
}
!document.getElementById("out").innerHTML = getParam();
""")
T("fn_param_sink", """
function show(html) {
!  document.getElementById("out").innerHTML = html;
}
show({S});
""")
F("fn_param_textcontent", """
function show(text) {
  document.getElementById("out").textContent = text;
}
show({S});
""")
T("arrow_param_sink", """
const render = (html) => {
!  document.getElementById("out").innerHTML = "<div>" + html + "</div>";
};
render({S});
""")
F("fn_param_sink_constant_arg", """
function render(html) {
  document.getElementById("out").innerHTML = html;
}
const q = {S};
render("<b>Results</b>");
console.log(q);
""")
T("arrow_expr_return", """
const read = () => {S};
!document.getElementById("out").innerHTML = read();
""")
T("hoisted_fn_reads_later_global", """
function paint() {
!  document.getElementById("out").innerHTML = value;
}
const value = {S};
paint();
""")
T("helper_chain", """
function wrap(s) {
  return "<b>" + s + "</b>";
}
function put(html) {
!  document.body.innerHTML = html;
}
put(wrap({S}));
""")
T("fn_returns_object", """
function parseState() {
  return { title: {S}, page: 1 };
}
!document.getElementById("title").innerHTML = parseState().title;
""", n=1)
T("closure_factory", """
function makeRenderer(el) {
  return (html) => {
!    el.innerHTML = html;
  };
}
const render = makeRenderer(document.getElementById("out"));
render({S});
""")
T("callback_param", """
function withQuery(cb) {
  cb({S});
}
withQuery((v) => {
!  document.getElementById("out").innerHTML = v;
});
""")
T("iife_window_param", """
(function (w) {
!  w.document.getElementById("who").innerHTML = w.name;
})(window);
""", srcs=None)
T("class_ctor_field", """
class Banner {
  constructor(text) {
    this.text = text;
  }
  render() {
!    document.getElementById("banner").innerHTML = this.text;
  }
}
new Banner({S}).render();
""")
T("class_method_instance", """
class View {
  show(html) {
!    document.getElementById("view").innerHTML = html;
  }
}
const view = new View();
view.show({S});
""")
T("class_static_method", """
class Dom {
  static put(html) {
!    document.getElementById("out").innerHTML = html;
  }
}
Dom.put({S});
""", n=1)
T("class_this_method", """
class App {
  param() {
    return {S};
  }
  render() {
!    document.getElementById("app").innerHTML = this.param();
  }
}
new App().render();
""", n=1)
F("class_this_method_textcontent", """
class App {
  param() {
    return {S};
  }
  render() {
    document.getElementById("app").textContent = this.param();
  }
}
new App().render();
""", n=1)
T("object_method", """
const ui = {
  show(html) {
!    document.getElementById("out").innerHTML = html;
  },
};
ui.show({S});
""")
T("object_property", """
const state = { title: {S}, n: 1 };
!document.getElementById("title").innerHTML = state.title;
""")
F("object_property_other", """
const state = { title: {S}, banner: "<b>Sale</b>" };
document.getElementById("banner").innerHTML = state.banner;
""")
T("array_element", """
const parts = [{S}, "fallback"];
!document.getElementById("out").innerHTML = parts[0];
""", n=1)
F("array_element_other", """
const parts = ["<b>Welcome</b>", {S}];
document.getElementById("out").innerHTML = parts[0];
""", n=1)
T("array_push_join", """
const rows = [];
rows.push("<li>" + {S} + "</li>");
!document.getElementById("list").innerHTML = rows.join("");
""")
T("spread_array_join", """
const extra = [{S}];
const all = ["home", ...extra];
!document.getElementById("crumbs").innerHTML = all.join(" / ");
""", n=1)
T("spread_object", """
const base = { title: {S} };
const cfg = { ...base, size: 2 };
!document.getElementById("title").innerHTML = cfg.title;
""", n=1)
T("object_assign", """
const opts = Object.assign({}, { title: {S} });
!document.getElementById("title").innerHTML = opts.title;
""", n=1)
T("map_set_get", """
const store = new Map();
store.set("q", {S});
!document.getElementById("out").innerHTML = store.get("q");
""", n=1)
T("destructure_array", """
const [first] = {S}.split("&");
!document.getElementById("out").innerHTML = first;
""")
T("destructure_from_entries", """
const params = Object.fromEntries(new URLSearchParams(location.search));
const { q } = params;
!document.getElementById("out").innerHTML = q;
""", srcs=None)
T("destructure_default", """
const { q = "none" } = { q: {S} };
!document.getElementById("out").innerHTML = q;
""", n=1)
T("hash_pairs_object", """
const params = {};
location.hash.slice(1).split("&").forEach((kv) => {
  const [k, v] = kv.split("=");
  params[k] = decodeURIComponent(v);
});
!document.getElementById("title").innerHTML = params.title;
""", srcs=None)
T("usp_iteration", """
const table = document.getElementById("params");
for (const [k, v] of new URLSearchParams(location.search)) {
!  table.innerHTML += "<tr><td>" + k + "</td><td>" + v + "</td></tr>";
}
""", srcs=None)
T("foreach_callback", """
[{S}].forEach((v) => {
!  document.getElementById("out").innerHTML = v;
});
""", n=1)
T("map_join", """
const html = {S}.split(",").map((t) => "<li>" + t + "</li>").join("");
!document.getElementById("tags").innerHTML = html;
""")
F("map_join_escaped", ESC + """
const html = {S}.split(",").map((t) => "<li>" + escapeHtml(t) + "</li>").join("");
document.getElementById("tags").innerHTML = html;
""", n=1)
T("promise_then", """
Promise.resolve({S}).then((v) => {
!  document.getElementById("out").innerHTML = v;
});
""")
T("new_promise_then", """
const p = new Promise((resolve) => resolve({S}));
p.then((v) => {
!  document.getElementById("out").innerHTML = v;
});
""", n=1)
T("async_await", """
async function load() {
  return {S};
}
(async () => {
!  document.getElementById("out").innerHTML = await load();
})();
""")
T("hashchange_listener", """
window.addEventListener("hashchange", () => {
!  document.getElementById("tab").innerHTML = decodeURIComponent(location.hash.slice(1));
});
""", srcs=None)
T("onhashchange", """
window.onhashchange = function () {
!  document.getElementById("tab").innerHTML = "<h2>" + location.hash + "</h2>";
};
""", srcs=None)
T("domcontentloaded", """
document.addEventListener("DOMContentLoaded", () => {
!  document.getElementById("q").innerHTML = {S};
});
""")
T("ternary_source", """
const label = location.hash ? location.hash.slice(1) : "home";
!document.getElementById("label").innerHTML = label;
""", srcs=None)
T("or_default", """
const q = {S} || "default";
!document.getElementById("out").innerHTML = q;
""", n=1)
T("nullish_default", """
const q = {S} ?? "";
!document.getElementById("out").innerHTML = "<b>" + q + "</b>";
""", n=1)
T("logical_or_assign", """
let q = "";
q ||= {S};
!document.getElementById("out").innerHTML = q;
""", n=1)
T("reassigned_one_branch", """
let v = "<b>home</b>";
if (location.hash.length > 1) {
  v = {S};
}
!document.getElementById("out").innerHTML = v;
""")
T("loop_accumulate", """
let html = "";
for (const p of {S}.split("&")) {
  html += "<li>" + p + "</li>";
}
!document.getElementById("list").innerHTML = html;
""")
T("switch_passthrough", """
let out = "";
const mode = location.hash.slice(1, 4);
switch (mode) {
  case "raw":
    out = {S};
    break;
  default:
    out = "<i>none</i>";
}
!document.getElementById("out").innerHTML = out;
""", n=1)
T("json_parse_field", """
const state = JSON.parse(decodeURIComponent(location.hash.slice(1)));
!document.getElementById("title").innerHTML = state.title;
""", srcs=None)
T("try_json_parse", """
let state = {};
try {
  state = JSON.parse(atob(location.hash.slice(1)));
} catch (err) {
  state = { title: "untitled" };
}
!document.getElementById("title").innerHTML = state.title;
""", srcs=None)
T("url_object_hash", """
const u = new URL(location.href);
!document.getElementById("out").innerHTML = decodeURIComponent(u.hash.slice(1));
""", srcs=None)
T("docurl_split", """
const qs = document.URL.split("?")[1];
!document.write(decodeURIComponent(qs));
""", srcs=None)
T("location_tostring", """
const here = String(location);
!document.getElementById("here").innerHTML = "<a>" + here + "</a>";
""", srcs=None)
T("storage_property", """
!document.getElementById("draft").innerHTML = localStorage.draft;
""", srcs=None)
T("session_storage", """
const last = sessionStorage.getItem("lastSearch");
!document.getElementById("last").innerHTML = "Last: " + last;
""", srcs=None)
T("bare_window_name", """
!document.getElementById("who").innerHTML = "Hi " + name;
""", srcs=None)
T("optional_chaining", """
const params = new URLSearchParams(location.search);
!document.getElementById("out").innerHTML = params?.get("q");
""", srcs=None)
T("export_function", """
export function render() {
!  document.getElementById("out").innerHTML = {S};
}
""", n=1)
T("getall_join", """
const tags = new URLSearchParams(location.search).getAll("tag");
!document.getElementById("tags").innerHTML = tags.join(", ");
""", srcs=None)
T("optional_param_default", """
function greet(who = "guest") {
!  document.getElementById("greet").innerHTML = "Hello " + who;
}
greet({S});
""", n=1)

# ==========================================================================
# server data (not a DOM source), constants and dead code
# ==========================================================================
F("fetch_text_innerhtml", """
const q = {S};
fetch("/api/search?q=" + encodeURIComponent(q))
  .then((r) => r.text())
  .then((html) => {
    document.getElementById("results").innerHTML = html;
  });
""")
F("fetch_json_await", """
async function load() {
  const q = {S};
  const res = await fetch("/api/items?q=" + encodeURIComponent(q));
  const data = await res.json();
  document.getElementById("items").innerHTML = data.html;
}
load();
""")
F("xhr_response", """
const xhr = new XMLHttpRequest();
xhr.open("GET", "/api/news?page=" + parseInt({S}, 10));
xhr.onload = () => {
  document.getElementById("news").innerHTML = xhr.responseText;
};
xhr.send();
""", n=1)
F("jq_get_html", """
$.get("/fragments/sidebar", { q: {S} }, function (html) {
  $("#sidebar").html(html);
});
""", n=1)
F("const_false_if", """
const DEBUG = false;
if (DEBUG) {
  document.getElementById("debug").innerHTML = {S};
}
""")
F("if_false_literal", """
if (false) {
  document.write({S});
}
""", n=1)
F("const_string_compare", """
const MODE = "production";
if (MODE === "development") {
  document.getElementById("debug").innerHTML = {S};
}
""")
F("short_circuit_const", """
const ENABLE_PREVIEW = false;
ENABLE_PREVIEW && (document.getElementById("preview").innerHTML = {S});
""", n=1)
F("dead_after_return", """
function render() {
  const q = {S};
  return;
  document.getElementById("out").innerHTML = q;
}
render();
""")
F("overwritten_constant", """
let v = {S};
v = "<b>Welcome</b>";
document.getElementById("out").innerHTML = v;
""")
F("overwritten_both_branches", """
let v = {S};
if (v.length > 10) {
  v = "<b>long</b>";
} else {
  v = "<b>short</b>";
}
document.getElementById("out").innerHTML = v;
""")
F("ternary_const_cond", """
const v = true ? "<b>fixed</b>" : {S};
document.getElementById("out").innerHTML = v;
""", n=1)
F("source_compared_only", """
const tab = {S};
document.getElementById("out").innerHTML = tab === "help" ? "<b>Help</b>" : "<b>Home</b>";
""")

# ==========================================================================
# React (JSX in .js files)
# ==========================================================================
T("react_dsih", """
function Preview() {
  const html = {S};
!  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
export default Preview;
""")
F("react_text_child", """
function Preview() {
  const text = {S};
  return <div className="preview">{text}</div>;
}
export default Preview;
""")
F("react_dsih_purified", """
function Preview() {
  const html = DOMPurify.sanitize({S});
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}
export default Preview;
""")
F("react_dsih_constant", """
const MARKUP = "<b>Terms</b>";
function Terms() {
  const q = {S};
  return <div title={q} dangerouslySetInnerHTML={{ __html: MARKUP }} />;
}
export default Terms;
""", n=1)
T("react_dsih_props", """
function Html({ markup }) {
!  return <div dangerouslySetInnerHTML={{ __html: markup }} />;
}
export function Page() {
  return <Html markup={{S}} />;
}
""")
T("react_dsih_state", """
function Page() {
  const [html, setHtml] = React.useState("");
  React.useEffect(() => {
    setHtml({S});
  }, []);
!  return <section dangerouslySetInnerHTML={{ __html: html }} />;
}
export default Page;
""", n=1)


# ==========================================================================
# more twins: libraries, element types, guards, scoping, channels
# ==========================================================================
T("jq_ctor_props_html", """
!const $box = $("<div>", { html: {S} });
$box.appendTo("#panel");
""", n=1)
F("jq_ctor_props_text", """
const $box = $("<div>", { text: {S}, "class": "note" });
$box.appendTo("#panel");
""")
T("jq_ctor_props_href", """
!const $a = $("<a>", { href: {S}, text: "continue" });
$a.appendTo("#nav");
""", srcs="url", n=1)
T("detached_div_innerhtml", """
const div = document.createElement("div");
!div.innerHTML = {S};
""")
F("inert_document_strip_tags", """
const inert = document.implementation.createHTMLDocument("");
inert.body.innerHTML = {S};
document.getElementById("out").textContent = inert.body.textContent;
""")
F("domparser_textcontent", """
const doc = new DOMParser().parseFromString({S}, "text/html");
document.getElementById("out").textContent = doc.body.textContent;
""", n=1)
T("domparser_append_nodes", """
const doc = new DOMParser().parseFromString({S}, "text/html");
!document.getElementById("out").append(...doc.body.childNodes);
""", n=1)
F("lit_html_template", """
const q = {S};
render(html`<p class="q">${q}</p>`, document.getElementById("out"));
""")
T("marked_parse", """
const md = {S};
!document.getElementById("preview").innerHTML = marked.parse(md);
""", n=1)
F("marked_parse_purified", """
const md = {S};
document.getElementById("preview").innerHTML = DOMPurify.sanitize(marked.parse(md));
""", n=1)
T("dompurify_in_attribute", """
const q = decodeURIComponent(location.hash.slice(1));
!document.getElementById("out").innerHTML = '<a title="' + DOMPurify.sanitize(q) + '" href="/x">x</a>';
""", srcs=None)
T("sanitize_noop_helper", """
function sanitizeInput(s) {
  return s.trim();
}
!document.getElementById("out").innerHTML = sanitizeInput({S});
""", n=1)
F("lodash_escape", """
document.getElementById("out").innerHTML = "<p>" + _.escape({S}) + "</p>";
""", n=1)
F("handlebars_escape", """
const safe = Handlebars.escapeExpression({S});
document.getElementById("out").innerHTML = "<p>" + safe + "</p>";
""", n=1)
F("whitelist_strip", """
const id = {S}.replace(/[^a-z0-9-]/gi, "");
document.getElementById("out").innerHTML = "<b>" + id + "</b>";
document.getElementById("link").href = id;
""")
F("regex_match_digits", """
const m = {S}.match(/^(\\d+)$/);
if (m) {
  document.getElementById("page").innerHTML = "<b>" + m[1] + "</b>";
}
""")
F("guard_no_angle", """
const q = {S};
if (q.indexOf("<") === -1) {
  document.getElementById("out").innerHTML = "<p>" + q + "</p>";
}
""", n=1)
F("guard_reject_specials", """
function show() {
  const q = {S};
  if (/[<>"'&]/.test(q)) return;
  document.getElementById("out").innerHTML = '<p title="' + q + '">' + q + "</p>";
}
show();
""", n=1)
F("equality_narrowing", """
const tab = {S};
if (tab === "settings") {
  document.getElementById("tab").innerHTML = "<b>" + tab + "</b>";
}
""")
T("const_true_if", """
const DEBUG = true;
if (DEBUG) {
!  document.getElementById("debug").innerHTML = {S};
}
""", n=1)
T("const_string_compare_taken", """
const MODE = "development";
if (MODE === "development") {
!  document.getElementById("debug").innerHTML = {S};
}
""", n=1)
T("early_return_empty_only", """
function render() {
  const q = {S};
  if (!q) return;
!  document.getElementById("out").innerHTML = q;
}
render();
""")
T("block_shadow_after", """
const q = {S};
{
  const q = "<i>placeholder</i>";
  document.getElementById("ph").innerHTML = q;
}
!document.getElementById("out").innerHTML = q;
""", n=1)
F("fn_shadow_local", """
const q = {S};
function paint() {
  const q = "<i>placeholder</i>";
  document.getElementById("ph").innerHTML = q;
}
paint();
console.log(q);
""", n=1)
F("param_shadow_constant", """
const q = {S};
function show(q) {
  document.getElementById("out").innerHTML = q;
}
show("<b>hello</b>");
""", n=1)
F("websocket_onmessage", """
const q = {S};
const ws = new WebSocket("wss://" + location.host + "/feed?q=" + encodeURIComponent(q));
ws.onmessage = (e) => {
  document.getElementById("feed").innerHTML = e.data;
};
""", n=1)
F("websocket_message_listener", """
const socket = new WebSocket("wss://" + location.host + "/chat");
socket.addEventListener("message", (event) => {
  document.getElementById("chat").insertAdjacentHTML("beforeend", event.data);
});
""", srcs=None)
F("worker_onmessage", """
const worker = new Worker("/js/render-worker.js");
worker.postMessage({ cmd: "render" });
worker.onmessage = (e) => {
  document.getElementById("out").textContent = "";
  document.getElementById("out").innerHTML = e.data.html;
};
""", srcs=None)
T("msg_origin_or_data", """
window.addEventListener("message", (e) => {
  if (e.origin === "https://app.example.com" || e.data.trusted) {
!    document.getElementById("msg").innerHTML = e.data.html;
  }
});
""", srcs=None)
T("msg_origin_vs_data", """
window.addEventListener("message", (e) => {
  if (e.origin !== e.data.origin) return;
!  document.getElementById("msg").innerHTML = e.data.html;
});
""", srcs=None)
T("msg_origin_string_indexof", """
const TRUSTED = "https://app.example.com";
window.addEventListener("message", (e) => {
  if (TRUSTED.indexOf(e.origin) === -1) return;
!  document.getElementById("msg").innerHTML = e.data;
});
""", srcs=None)
F("msg_origin_then_destructure", """
window.addEventListener("message", (event) => {
  if (event.origin !== "https://app.example.com") {
    return;
  }
  const { data } = event;
  document.getElementById("msg").innerHTML = data.html;
});
""", srcs=None)
F("msg_origin_or_type", """
window.addEventListener("message", (e) => {
  if (e.origin !== "https://app.example.com" || e.data.type !== "render") return;
  document.getElementById("msg").innerHTML = e.data.html;
});
""", srcs=None)
F("selector_only", """
const id = {S};
const target = document.querySelector("[data-section='" + CSS.escape(id) + "']");
if (target) {
  target.innerHTML = "<b>selected</b>";
}
""", n=1)
F("form_value_props", """
const q = {S};
document.getElementById("q").value = q;
document.getElementById("q").placeholder = q;
document.getElementById("hint").title = q;
document.getElementById("box").dataset.query = q;
""")
F("select_new_option", """
const q = {S};
document.getElementById("recent").add(new Option(q, q));
""", n=1)
F("location_href_split_hash", """
const clean = location.href.split("#")[0];
document.getElementById("share").href = clean;
""", srcs=None)
F("document_url_replace_hash", """
location.replace(document.URL.replace(/#.*$/, ""));
""", srcs=None)
F("location_href_https_upgrade", """
if (location.protocol === "http:") {
  location.href = location.href.replace("http:", "https:");
}
""", srcs=None)
F("window_open_fixed_path", """
window.open("/help#" + {S}, "help");
""", srcs="url", n=1)
F("iframe_src_encoded", """
const frame = document.getElementById("embed");
frame.src = "/embed?u=" + encodeURIComponent({S});
""", srcs="url", n=1)
F("img_setattribute_src", """
const img = document.createElement("img");
img.setAttribute("src", {S});
document.getElementById("avatar").appendChild(img);
""", srcs="url", n=1)
T("url_object_href_no_check", """
const u = new URL({S}, "https://example.com");
!document.getElementById("next").href = u.href;
""", srcs="url", n=1)
T("href_lowercased", """
!window.location.href = {S}.toLowerCase();
""", srcs="url", n=1)
T("setattribute_formaction", """
!document.getElementById("submit").setAttribute("formaction", {S});
""", srcs="url", n=1)
T("location_javascript_prefix", """
!location = "javascript:render('" + {S} + "')";
""", srcs="code", n=1)
T("window_subscript_eval", """
!window["eval"]({S});
""", srcs="code", n=1)
T("indirect_eval", """
!(0, eval)({S});
""", srcs="code", n=1)
T("template_replace_placeholder", """
const tpl = document.getElementById("tpl").innerHTML;
!document.getElementById("out").innerHTML = tpl.replace("{{name}}", {S});
""", n=1)
F("template_replace_escaped", ESC + """
const tpl = document.getElementById("tpl").innerHTML;
document.getElementById("out").innerHTML = tpl.replace("{{name}}", escapeHtml({S}));
""", n=1)
T("class_field_initializer", """
class Widget {
  html = {S};
  render() {
!    document.getElementById("w").innerHTML = this.html;
  }
}
new Widget().render();
""", n=1)
T("class_getter", """
class Router {
  get route() {
    return {S};
  }
  render() {
!    document.getElementById("route").innerHTML = "<h2>" + this.route + "</h2>";
  }
}
new Router().render();
""", n=1)
T("destructure_location", """
const { hash } = window.location;
!document.getElementById("out").innerHTML = decodeURIComponent(hash.slice(1));
""", srcs=None)
T("load_listener", """
window.addEventListener("load", function () {
!  document.getElementById("ref").innerHTML = "From: " + {S};
});
""", n=1)
T("raf_closure", """
const q = {S};
requestAnimationFrame(() => {
!  document.getElementById("out").innerHTML = q;
});
""", n=1)
T("unescape_write", """
!document.write(unescape({S}));
""", n=1)
F("alert_and_log", """
const q = {S};
alert("You searched for " + q);
console.info(q);
localStorage.setItem("lastSearch", q);
""")
F("ternary_markup_only", """
const q = {S};
document.getElementById("out").innerHTML = q ? "<b>filtered</b>" : "<i>all</i>";
""")
F("element_by_user_id", """
const id = {S};
const el = document.getElementById(id);
if (el) {
  el.innerHTML = "<mark>here</mark>";
}
""", n=1)


# ==========================================================================
# rendering, scoring
# ==========================================================================
def render(c, src):
    truth = c["truth"]
    header = "// generated case (gen_cases_js): category=domxss expected=%s shape=%s%s" % (
        "true" if truth else "false", c["shape"], " src=" + src[0] if src else "")
    lines = [header]
    marks = 0
    for line in c["body"].split("\n"):
        if src:
            line = line.replace("{S}", src[1])
        if line.startswith("!"):
            line = line[1:]
            marks += 1
            if truth:
                line += " // want: " + RULE
        lines.append(line)
    assert "{S}" not in "\n".join(lines), c["shape"]
    assert marks == (1 if truth else 0), (c["shape"], marks)
    return "\n".join(lines) + "\n"


def expand():
    """All cases as (key, shape, truth, text)."""
    out = []
    counters = {}
    for c in CASES:
        if c["srcs"] is None:
            srcs = [None]
        else:
            pool = SRCS[c["srcs"]]
            start = counters.get(c["srcs"], 0)
            counters[c["srcs"]] = start + c["n"]
            srcs = [pool[(start + k) % len(pool)] for k in range(min(c["n"], len(pool)))]
        for src in srcs:
            key = c["shape"] + ("_" + src[0] if src else "")
            out.append((key, c["shape"], c["truth"], render(c, src)))
    return out


def pending(key, shape):
    return key in PENDING or shape in PENDING


def generate():
    include = os.environ.get("GENJS_ALL") == "1"
    cases = expand()
    keys = {k for k, _, _, _ in cases} | {s for _, s, _, _ in cases}
    unknown = PENDING - keys
    assert not unknown, unknown
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    counts = [0, 0]
    skipped = 0
    for key, shape, truth, text in cases:
        if pending(key, shape) and not include:
            skipped += 1
            continue
        name = "%s_%s.js" % (key, "true" if truth else "false")
        with open(os.path.join(OUT, name), "w") as fh:
            fh.write(text)
        counts[0 if truth else 1] += 1
    print("%d files (true %d, false %d)%s" % (counts[0] + counts[1], counts[0], counts[1],
          "; %d pending cases left out (GENJS_ALL=1 writes them)" % skipped if skipped else ""))


HEADER_RE = re.compile(r"^//\s*generated case \(gen_cases_js\):(.*)$")
WANT_RE = re.compile(r"//\s*want:\s*([A-Z0-9 ,\-]+)\s*$")


def score(report, suite):
    cases = {}
    for name in sorted(os.listdir(suite)):
        if not name.endswith(".js"):
            continue
        with open(os.path.join(suite, name), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        m = HEADER_RE.match(lines[0])
        if not m:
            continue
        attrs = dict(kv.split("=", 1) for kv in m.group(1).split() if "=" in kv)
        want = {i for i, l in enumerate(lines, 1) if WANT_RE.search(l)}
        cases[name] = dict(expected=attrs.get("expected") == "true", shape=attrs.get("shape", "?"), want=want)
    with open(report, encoding="utf-8") as fh:
        data = json.load(fh)
    found = {}
    for f in data.get("findings") or []:
        if f.get("rule_id") != RULE:
            continue
        loc = f.get("location") or {}
        path = loc.get("path", "")
        if os.path.isabs(path):
            path = os.path.relpath(path, os.path.abspath(suite))
        found.setdefault(os.path.basename(path), []).append(loc.get("line", 0))
    tp = fn = tn = fp = 0
    wrong = []
    for name, c in sorted(cases.items()):
        lines = found.get(name, [])
        extra = sorted(set(lines) - c["want"])
        if c["expected"]:
            if extra:
                wrong.append(("EXTRA", name, "finding on unmarked line(s) %s" % extra))
            if set(lines) & c["want"]:
                tp += 1
            else:
                fn += 1
                wrong.append(("FN", name, "finding on other line(s) %s" % lines if lines else ""))
        else:
            if lines:
                fp += 1
                wrong.append(("FP", name, "line(s) %s" % lines))
            else:
                tn += 1
    tpr = tp / (tp + fn) if tp + fn else 0.0
    fpr = fp / (fp + tn) if fp + tn else 0.0
    print("cases %d  TP %d  FN %d  TN %d  FP %d  TPR %.3f  FPR %.3f  score %.3f" % (len(cases), tp, fn, tn, fp, tpr, fpr, tpr - fpr))
    for kind, name, note in wrong:
        print("%s %s %s" % (kind, name, note))
    errs = [e for e in data.get("errors") or [] if e.get("analyzer") == "javascript"]
    for e in errs:
        print("error %s: %s %s" % (e.get("path"), e.get("kind"), e.get("message")))


def main(argv):
    if argv and argv[0] == "--score":
        if len(argv) < 2:
            sys.stderr.write(__doc__)
            return 2
        score(argv[1], argv[2] if len(argv) > 2 else OUT)
        return 0
    generate()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
