# Code injection FALSE: tainted dict entry overwritten with a constant before exec
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/hooks/run", methods=["POST"])
def run_hook():
    hooks = {"pre": request.form.get("pre", ""), "post": "pass"}
    hooks["pre"] = "result = 'ok'"
    scope = {}
    exec(hooks["pre"], {}, scope)
    return jsonify(scope)
