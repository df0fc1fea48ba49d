# Deserialization: jsonpickle.decode of a form field restores arbitrary objects
import jsonpickle
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/wizard/resume", methods=["POST"])
def resume_wizard():
    state = jsonpickle.decode(request.form["state"])  # want: PY-DESERIALIZATION
    return jsonify(step=getattr(state, "step", 1))
