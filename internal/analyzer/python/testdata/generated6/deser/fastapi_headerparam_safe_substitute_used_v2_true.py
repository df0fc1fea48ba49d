# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=fastapi source=headerparam shape=safe_substitute_used sink=v2 expected=true
import jsonpickle
import string

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00187")
def benchmark_test_00187(request: Request, referer: str = Header("")):
    param = referer
    bar = string.Template("$term").safe_substitute(term=param)
    obj = jsonpickle.decode(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
