# Deserialization FALSE: yaml.safe_load and yaml.load(..., Loader=yaml.SafeLoader)
import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/pipelines/validate", methods=["POST"])
def validate_pipeline():
    spec = yaml.safe_load(request.data)
    return jsonify(stages=len(spec.get("stages", [])))


@app.route("/config/upload", methods=["POST"])
def upload_config():
    cfg = yaml.load(request.files["config"].read(), Loader=yaml.SafeLoader)
    return jsonify(keys=sorted(cfg))
