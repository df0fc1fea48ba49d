# CMDi: list form without a shell, but the executable (first element) is chosen by the request
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/converters/version")
def converter_version():
    tool = request.args.get("tool", "ffmpeg")
    out = subprocess.check_output([tool, "-version"], timeout=5)  # want: PY-CMDI
    return jsonify(version=out.decode().splitlines()[0])
