# XSS: a constant Jinja2 template compiled without autoescape (Template(),
# Environment(autoescape=False).from_string) renders input raw into HTML
import jinja2
from flask import Flask, request

app = Flask(__name__)

BANNER = jinja2.Template("<div class='banner'>{{ message }}</div>")
plain = jinja2.Environment(autoescape=False)


@app.route("/banner")
def banner():
    return BANNER.render(message=request.args.get("msg", ""))  # want: PY-XSS


@app.route("/card")
def card():
    tmpl = plain.from_string("<p>{{ name }} says {{ text }}</p>")
    html = tmpl.render(name=request.args.get("name", ""), text="hi")
    return html  # want: PY-XSS
