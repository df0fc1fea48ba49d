# SSTI: Environment().from_string on a JSON-supplied template, via a helper function
from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)
env = Environment()


def render_snippet(source, **ctx):
    return env.from_string(source).render(**ctx)  # want: PY-SSTI


@app.route("/api/snippets/render", methods=["POST"])
def render_api():
    data = request.get_json()
    return jsonify(html=render_snippet(data["template"], user="demo"))
