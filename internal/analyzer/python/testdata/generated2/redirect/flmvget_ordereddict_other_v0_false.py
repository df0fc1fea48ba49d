# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvget propagation=ordereddict_other sink=v0 expected=false
from collections import OrderedDict
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


class HandleRedirectView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        od = OrderedDict([("a", "safe"), ("b", param)])
        bar = od["a"]
        return redirect(bar)


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
