# interproc/ignored_arg: sinks in the view are safe because the imported helpers drop the tainted argument
import os
import shutil

import requests
from flask import Flask, jsonify, request

from ignored_arg.config import backup_command, partner_endpoint, resolve_export_dir

app = Flask(__name__)
EGRESS = {"https": "http://egress.internal:3128"}


@app.route("/exports/clear", methods=["POST"])
def clear_exports():
    shutil.rmtree(resolve_export_dir(request.form.get("dir", "")))
    return jsonify(ok=True)


@app.route("/backups", methods=["POST"])
def backup():
    os.system(backup_command(request.form.get("name", "")))
    return jsonify(ok=True)


@app.route("/partner/sync", methods=["POST"])
def partner_sync():
    r = requests.post(partner_endpoint(request.form.get("url", "")), json={"sync": True}, proxies=EGRESS, timeout=10)
    return jsonify(status=r.status_code)
