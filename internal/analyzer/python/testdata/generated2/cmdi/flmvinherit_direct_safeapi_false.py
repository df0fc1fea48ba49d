# generated case (gen_cases2): rule=PY-CMDI context=flmvinherit propagation=direct sink=safe-api expected=false
import subprocess

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class BaseLookupView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = param
        proc = subprocess.run(["ls", "-l", "--", bar], capture_output=True)
        result = proc.returncode
        return jsonify(result=result)


class HandleCmdiView(BaseLookupView):
    init_every_request = False


app.add_url_rule("/cmdi", view_func=HandleCmdiView.as_view("cmdi"))
