# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=flask source=getdata shape=asyncio_run_const sink=v0 expected=false
import asyncio

from flask import Flask, redirect, request

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


@app.route("/00107", methods=["POST"])
def benchmark_test_00107():
    param = request.get_data(as_text=True)
    bar = asyncio.run(label_async(param))
    return redirect(bar)
