# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=pathparam propagation=direct sink=safe0 expected=false
import defusedxml.ElementTree as DefusedET

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00400/{test_id}")
def benchmark_test_00400(request: Request, test_id: str):
    param = test_id
    bar = param
    root = DefusedET.fromstring(bar)
    result = root.findtext("name")
    return {"result": str(result)}
