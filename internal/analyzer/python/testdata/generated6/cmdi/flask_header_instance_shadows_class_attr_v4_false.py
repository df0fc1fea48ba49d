# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=flask source=header shape=instance_shadows_class_attr sink=v4 expected=false
import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


class Settings:
    term = "default"


@app.route("/00026", methods=["GET", "POST"])
def benchmark_test_00026():
    param = request.headers.get("Referer", "")
    s = Settings()
    s.term = param
    bar = Settings.term
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)
    return jsonify(result=str(result))
