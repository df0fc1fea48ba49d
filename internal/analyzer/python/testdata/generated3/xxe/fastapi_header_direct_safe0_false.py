# generated case (gen_cases3): category=xxe rule=PY-XXE fw=fastapi source=header propagation=direct sink=safe0 expected=false
import defusedxml.ElementTree as DefusedET

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00428")
def benchmark_test_00428(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    root = DefusedET.fromstring(bar)
    result = root.findtext("name")
    return {"result": str(result)}
