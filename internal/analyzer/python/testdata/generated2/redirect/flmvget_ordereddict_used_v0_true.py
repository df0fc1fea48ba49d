# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvget propagation=ordereddict_used sink=v0 expected=true
from collections import OrderedDict
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


class HandleRedirectView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        od = OrderedDict([("a", "safe"), ("b", param)])
        bar = od["b"]
        return redirect(bar)  # want: PY-OPEN-REDIRECT


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
