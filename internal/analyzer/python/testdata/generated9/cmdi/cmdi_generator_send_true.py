# generated case (gen9): category=cmdi rule=PY-CMDI fw=flask shape=generator_send expected=true
import os
from flask import Flask, abort, jsonify, make_response, redirect, render_template_string, request, session, url_for

app = Flask(__name__)
app.secret_key = "dev-only"

def command_builder():
    target = yield
    yield "ping -c 1 " + target


@app.route("/cmdi_generator_send", methods=["GET", "POST"])
def case_generator_send():
    param = request.values.get("q", "")
    gen = command_builder()
    next(gen)
    cmd = gen.send(param)
    rc = os.system(cmd)  # want: PY-CMDI
    return jsonify(result=str(rc))
