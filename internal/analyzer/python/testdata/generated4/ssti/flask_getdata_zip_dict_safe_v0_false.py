# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=flask source=getdata shape=zip_dict_safe sink=v0 expected=false
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.route("/00123", methods=["POST"])
def benchmark_test_00123():
    param = request.get_data(as_text=True)
    fields = dict(zip(["a", "b"], ["safe", param]))
    bar = fields["a"]
    return render_template_string("<p>Hello " + bar + "</p>")
