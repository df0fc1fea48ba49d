# Path traversal: export job dict carries a tainted destination that shutil.copy writes to
import shutil

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/exports", methods=["POST"])
def export():
    job = {"source": "/srv/exports/latest.csv", "dest": "/srv/shared/" + request.form["target"]}
    shutil.copy(job["source"], job["dest"])  # want: PY-PATH-TRAVERSAL
    return jsonify(job=job["dest"])
