# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=getdata shape=send_from_directory sink=specific expected=false
from flask import Flask, request, send_from_directory

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00393", methods=["POST"])
def benchmark_test_00393():
    param = request.get_data(as_text=True)
    bar = param
    return send_from_directory(BASE_DIR, bar)
