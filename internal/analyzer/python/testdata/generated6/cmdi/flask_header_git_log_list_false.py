# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=flask source=header shape=git_log_list sink=specific expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00481", methods=["GET", "POST"])
def benchmark_test_00481():
    param = request.headers.get("Referer", "")
    bar = param
    proc = subprocess.run(["git", "log", "--format=%H", "--", bar], cwd="/srv/repo", capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
