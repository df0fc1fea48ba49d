# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=fastapi source=queryparams shape=marshal_server_bytes expected=false
import marshal

from fastapi import FastAPI, Request

app = FastAPI()
COMPILED = marshal.dumps(compile("1 + 1", "<cfg>", "eval"))


@app.get("/00401")
def benchmark_test_00401(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    code = marshal.loads(COMPILED)
    result = type(code).__name__ + bar[:0]
    return {"result": str(result)}
