# CMDi: backup job class stores a tainted archive name and later runs it through Popen(shell=True)
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


class BackupJob:
    def __init__(self, archive_name):
        self.archive_name = archive_name

    def run(self):
        cmd = "tar czf /backups/" + self.archive_name + ".tgz /srv/data"
        return subprocess.Popen(cmd, shell=True)  # want: PY-CMDI


@app.route("/backups", methods=["POST"])
def start_backup():
    job = BackupJob(request.form.get("name", "nightly"))
    proc = job.run()
    return jsonify(pid=proc.pid), 202
