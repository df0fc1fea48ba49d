# generated case (gen_cases2): rule=PY-CMDI context=flviewrouteparam propagation=direct sink=safe-api expected=false
import subprocess

from flask import Flask, jsonify, request
from flask.views import View

app = Flask(__name__)


class HandleCmdiView(View):
    def dispatch_request(self, p):
        param = p
        bar = param
        proc = subprocess.run(["ls", "-l", "--", bar], capture_output=True)
        result = proc.returncode
        return jsonify(result=result)


app.add_url_rule("/cmdi/<p>", view_func=HandleCmdiView.as_view("cmdi"))
