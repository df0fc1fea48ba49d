# Jinja2 without autoescape: a value renamed by {% set %} or {% with %} is
# printed raw under its new name.
from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment(autoescape=False)
TPL = env.from_string("{% set msg = comment %}<p>{{ msg }}</p>")
TPL2 = env.from_string("{% with m = comment %}<p>{{ m }}</p>{% endwith %}")
TPL3 = env.from_string("<p>{{ title }}</p><p>{{ comment|e }}</p>")


@app.route("/a")
def a():
    return TPL.render(comment=request.args["c"])  # want: PY-XSS


@app.route("/b")
def b():
    return TPL2.render(comment=request.args["c"])  # want: PY-XSS


@app.route("/c")
def c():
    return TPL3.render(title="Comments", comment=request.args["c"])
