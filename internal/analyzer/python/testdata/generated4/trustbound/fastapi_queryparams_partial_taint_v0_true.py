# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=queryparams shape=partial_taint sink=v0 expected=true
import functools

from fastapi import FastAPI, Request

app = FastAPI()


def join_parts(prefix, value):
    return prefix + value


@app.get("/00223")
def benchmark_test_00223(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = functools.partial(join_parts, "item-")(param)
    request.session["userid"] = bar  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
