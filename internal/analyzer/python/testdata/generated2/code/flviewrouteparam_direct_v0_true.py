# generated case (gen_cases2): rule=PY-CODE-INJECTION context=flviewrouteparam propagation=direct sink=v0 expected=true
from flask import Flask, jsonify, request
from flask.views import View

app = Flask(__name__)


class HandleCodeView(View):
    def dispatch_request(self, p):
        param = p
        bar = param
        result = str(eval(bar))  # want: PY-CODE-INJECTION
        return jsonify(result=result)


app.add_url_rule("/code/<p>", view_func=HandleCodeView.as_view("code"))
