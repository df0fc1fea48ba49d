# Deserialization: yaml.load with FullLoader / UnsafeLoader on uploaded files
import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/config/upload", methods=["POST"])
def upload_config():
    cfg = yaml.load(request.files["config"].read(), Loader=yaml.FullLoader)  # want: PY-DESERIALIZATION
    return jsonify(keys=sorted(cfg))


@app.route("/config/legacy", methods=["POST"])
def legacy_config():
    cfg = yaml.load(request.form["yaml"], Loader=yaml.UnsafeLoader)  # want: PY-DESERIALIZATION
    return jsonify(keys=sorted(cfg))
