# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=flmvget propagation=sorted_lens sink=v0 expected=false
from flask import Flask, jsonify, redirect, request
from flask.views import MethodView

app = Flask(__name__)


class HandleRedirectView(MethodView):
    def get(self):
        param = request.args.get("p", "")
        bar = str(sorted([len(param), 3])[0])
        return redirect(bar)


app.add_url_rule("/redirect", view_func=HandleRedirectView.as_view("redirect"))
