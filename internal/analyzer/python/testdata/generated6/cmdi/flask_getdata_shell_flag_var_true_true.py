# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=flask source=getdata shape=shell_flag_var_true sink=specific expected=true
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00343", methods=["POST"])
def benchmark_test_00343():
    param = request.get_data(as_text=True)
    bar = param
    use_shell = True
    proc = subprocess.run("du -sh " + bar, shell=use_shell, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return jsonify(result=str(result))
