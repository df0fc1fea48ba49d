# XSS FALSE: Jinja2 templates with autoescape on, an escaping filter, or
# input passed only to names the template never prints
import jinja2
from flask import Flask, request

app = Flask(__name__)

escaped = jinja2.Environment(autoescape=jinja2.select_autoescape(["html"]))
plain = jinja2.Environment(autoescape=False)


@app.route("/a")
def a():
    return escaped.from_string("<p>{{ name }}</p>").render(name=request.args.get("name", ""))


@app.route("/b")
def b():
    return plain.from_string("<p>{{ name|e }}</p>").render(name=request.args.get("name", ""))


@app.route("/c")
def c():
    return jinja2.Template("<p>{{ title }}</p>", autoescape=True).render(title=request.args.get("t", ""))


@app.route("/d")
def d():
    return plain.from_string("<p>{{ title }}</p>").render(title="Home", extra=request.args.get("x", ""))
