# CMDi FALSE: tool name checked against an allow-list with early return before use as the executable
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)
ALLOWED_TOOLS = {"ffmpeg", "convert", "pdftotext"}


@app.route("/converters/version")
def converter_version():
    tool = request.args.get("tool", "ffmpeg")
    if tool not in ALLOWED_TOOLS:
        return jsonify(error="unknown tool"), 400
    out = subprocess.check_output([tool, "-version"], timeout=5)
    return jsonify(version=out.decode().splitlines()[0])
