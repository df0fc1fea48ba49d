# Deserialization: yaml.load on the request body without a Loader argument
import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/pipelines/validate", methods=["POST"])
def validate_pipeline():
    spec = yaml.load(request.data)  # want: PY-DESERIALIZATION
    return jsonify(stages=len(spec.get("stages", [])))
