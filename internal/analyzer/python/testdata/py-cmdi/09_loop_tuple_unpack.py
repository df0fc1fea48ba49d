# CMDi: tuple-unpacked JSON fields inside a loop go into a shell command string
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/thumbnails", methods=["POST"])
def thumbnails():
    jobs = request.get_json()["jobs"]
    for src, size in [(j["src"], j["size"]) for j in jobs]:
        subprocess.call(f"vipsthumbnail /media/{src} -s {size}", shell=True)  # want: PY-CMDI
    return jsonify(queued=len(jobs))
