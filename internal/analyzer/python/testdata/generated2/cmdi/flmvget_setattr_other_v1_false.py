# generated case (gen_cases2): rule=PY-CMDI context=flmvget propagation=setattr_other sink=v1 expected=false
import subprocess

from flask import Flask, jsonify, request
from flask.views import MethodView

app = Flask(__name__)


class Box:
    pass


class HandleCmdiView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        box = Box()
        setattr(box, "field", param)
        box.other = "safe"
        bar = box.other
        proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
        result = proc.returncode
        return jsonify(result=result)


app.add_url_rule("/cmdi", view_func=HandleCmdiView.as_view("cmdi"))
