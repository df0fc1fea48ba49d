# generated case (gen_cases2): rule=PY-XSS context=flviewrouteparam propagation=int sink=v0 expected=false
from flask import Flask, jsonify, request
from flask.views import View

app = Flask(__name__)


class HandleXssView(View):
    def dispatch_request(self, p):
        param = p
        bar = str(int(param))
        return "<p>Hello " + bar + "</p>"


app.add_url_rule("/xss/<p>", view_func=HandleXssView.as_view("xss"))
