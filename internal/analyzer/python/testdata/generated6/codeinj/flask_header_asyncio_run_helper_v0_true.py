# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=flask source=header shape=asyncio_run_helper sink=v0 expected=true
import asyncio

from flask import Flask, jsonify, request

app = Flask(__name__)


async def echo_async(value):
    await asyncio.sleep(0)
    return value.strip()


async def label_async(value):
    await asyncio.sleep(0)
    return "fixed"


async def chunks(value):
    yield "safe"
    yield value


@app.route("/00105", methods=["GET", "POST"])
def benchmark_test_00105():
    param = request.headers.get("Referer", "")
    bar = asyncio.run(echo_async(param))
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
