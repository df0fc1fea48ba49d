# CMDi FALSE: helper accepts the tainted archive name but always returns a fixed one
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


def archive_name(requested):
    return "nightly-backup"


@app.route("/backups", methods=["POST"])
def start_backup():
    name = archive_name(request.form.get("name", ""))
    os.system("tar czf /backups/" + name + ".tgz /srv/data")
    return jsonify(ok=True), 202
