# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=getdata shape=env_var_quoted sink=specific expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00337", methods=["POST"])
def benchmark_test_00337():
    param = request.get_data(as_text=True)
    bar = param
    proc = subprocess.run('grep -- "$PATTERN" /var/log/app.log', shell=True, env={"PATTERN": bar}, capture_output=True)
    result = proc.returncode
    return jsonify(result=str(result))
