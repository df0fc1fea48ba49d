# py-xss: an HTML escape that leaves quotes (html.escape(x, quote=False),
# xml.sax.saxutils.escape) protects text between tags, not a quoted
# attribute value or a string in a script; html.escape with its default
# quote=True protects both.
import html
from xml.sax.saxutils import escape as xml_escape

from flask import Flask, request

app = Flask(__name__)


@app.route("/attr-fstring")
def attr_fstring():
    name = html.escape(request.args.get("n", ""), quote=False)
    return f"<input name='q' value='{name}'>"  # want: PY-XSS


@app.route("/attr-concat")
def attr_concat():
    name = xml_escape(request.args.get("n", ""))
    return '<a title="' + name + '">profile</a>'  # want: PY-XSS


@app.route("/script-string")
def script_string():
    name = html.escape(request.args.get("n", ""), quote=False)
    return "<script>var who = '%s';</script>" % name  # want: PY-XSS


@app.route("/text")
def text():
    name = html.escape(request.args.get("n", ""), quote=False)
    return f"<p>Hello {name}</p>"  # safe: between tags


@app.route("/text-percent")
def text_percent():
    name = xml_escape(request.args.get("n", ""))
    return "<p>%s</p>" % name  # safe: between tags


@app.route("/attr-quoted-escape")
def attr_quoted_escape():
    name = html.escape(request.args.get("n", ""))
    return f"<input name='q' value='{name}'>"  # safe: quotes escaped too


@app.route("/attr-format")
def attr_format():
    name = html.escape(request.args.get("n", ""), quote=False)
    return "<img alt='{}' src='/a.png'>".format(name)  # want: PY-XSS


@app.route("/text-format")
def text_format():
    name = html.escape(request.args.get("n", ""), quote=False)
    return "<p>{}</p>".format(name)  # safe: between tags


@app.route("/impossible-length")
def impossible_length():
    name = request.args.get("n", "")
    if len(name) < 0:
        return "<p>" + name + "</p>"  # safe: no length is below zero
    return "ok"
