# generated case (gen_cases2): rule=PY-CMDI context=flmvget propagation=items_key_tainted sink=v1 expected=true
import subprocess

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleCmdiView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = ""
        for k, _v in {param: "safe"}.items():
            bar = k
        proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
        result = proc.returncode
        return jsonify(result=result)


app.add_url_rule("/cmdi", view_func=HandleCmdiView.as_view("cmdi"))
