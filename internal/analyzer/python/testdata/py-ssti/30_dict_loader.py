# py-ssti: template sources given to a DictLoader are rendered by get_template()
from flask import Flask, request
from jinja2 import DictLoader, Environment

app = Flask(__name__)


@app.route("/card")
def card():
    env = Environment(loader=DictLoader({"card": "<b>" + request.args["title"] + "</b>"}), autoescape=True)  # want: PY-SSTI
    return env.get_template("card").render()


@app.route("/card-safe")
def card_safe():
    env = Environment(loader=DictLoader({"card": "<b>{{ title }}</b>"}), autoescape=True)  # safe: PY-SSTI
    return env.get_template("card").render(title=request.args["title"])  # safe: PY-XSS
