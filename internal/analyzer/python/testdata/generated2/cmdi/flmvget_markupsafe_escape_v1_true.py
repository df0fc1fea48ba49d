# generated case (gen_cases2): rule=PY-CMDI context=flmvget propagation=markupsafe_escape sink=v1 expected=true
import markupsafe
import subprocess

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class HandleCmdiView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = str(markupsafe.escape(param))
        proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
        result = proc.returncode
        return jsonify(result=result)


app.add_url_rule("/cmdi", view_func=HandleCmdiView.as_view("cmdi"))
