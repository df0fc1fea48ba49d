# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=formlist shape=check_call_shell sink=specific expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00359", methods=["POST"])
def benchmark_test_00359():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    result = subprocess.check_call("tar czf /tmp/backup.tgz " + bar, shell=True)  # want: PY-CMDI
    return jsonify(result=str(result))
